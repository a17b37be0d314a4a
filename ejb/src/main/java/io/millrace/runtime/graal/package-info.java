/**
 * The GraalJS implementation of {@link io.millrace.runtime.StepRuntime} and
 * {@link io.millrace.runtime.ComponentRuntime}.
 *
 * <ul>
 *   <li>{@link io.millrace.runtime.graal.GraalStepRuntime} - the entry point: one shared polyglot
 *       {@code Engine}, a deadline scheduler, {@code validate} and {@code run}.</li>
 *   <li>{@link io.millrace.runtime.graal.GraalComponentRuntime} - sources and component metadata on the
 *       same engine and context pool: {@code describe} and {@code runSource} (lib/component.js binds
 *       {@code this} for run and hooks).</li>
 *   <li>{@code ModuleValidator} - deploy-time checks in a context of their own: a step's code and its
 *       literal prop values, and what a component declares.</li>
 *   <li>{@code RunExtras} - what one run may do besides the bridge: data stores ({@code HostStores},
 *       over the {@code DataStore} port), {@code $.send.emit}/{@code this.$emit}, {@code $.send.email},
 *       {@code $.flow.delay}, a source's db and {@code this.http.respond}; collected for the outcome.</li>
 *   <li>{@code HostFeed} - {@code parseFeed} of the built-in module {@code @millrace/feed}: RSS and Atom
 *       parsed by Rome with external entities and DTDs never loaded.</li>
 *   <li>{@code ContextPool} - contexts with the bootstrap installed, prepared ahead on the scheduler;
 *       each serves one run only, so nothing leaks from one run to the next.</li>
 *   <li>{@code Sandbox} - the engine and context settings (no host access, no threads, no processes,
 *       no host environment, IO limited to {@code BuiltinModules}) and the bootstrap/library/step sources.</li>
 *   <li>{@code BuiltinModules} - the read-only in-memory file system that lets a step {@code import}
 *       the built-in modules (buffer, crypto, url, util, timers, timers/promises, process, fs,
 *       fs/promises, axios, @pipedream/platform, @millrace/feed) and nothing else; {@code ReadOnlyChannel} serves their bytes.</li>
 *   <li>{@code StepLoader} - evaluates a step as an ES module or, when it parses as a classic script,
 *       as CommonJS (with {@code module}, {@code exports} and {@code require}).</li>
 *   <li>{@code GuardedContext} - cancels a run's context when its deadline passes, or when the memory
 *       watchdog or the payload limit stops it; remembers which.</li>
 *   <li>{@link io.millrace.runtime.graal.RuntimeLimits} - the limits a runtime enforces: /tmp cap,
 *       memory watchdog thresholds, largest HTTP response.</li>
 *   <li>{@code MemoryWatchdog} - "Out of Memory". Community GraalJS has no per-context heap limit, so
 *       every 50 ms (on the runtime's scheduler) it reads how many bytes each running step's thread
 *       has allocated since the step started ({@code com.sun.management.ThreadMXBean
 *       #getThreadAllocatedBytes}, garbage included) and how full the heap was after the last GC (GC
 *       notifications). When a step is over the allocation limit and the heap is fuller than the
 *       fraction, the biggest allocator's context is cancelled; at most one per collection. It cannot
 *       tell live data from garbage, so it is a heuristic: a step churning garbage on a server whose
 *       heap is full for other reasons can be chosen, and a step can still exhaust the heap between
 *       samples or below the limit when the heap is shared by many steps.</li>
 *   <li>{@code StepExecution} - one run: context, step code, driver, event loop, outcome (a source's run
 *       is started by its own {@code Start}).</li>
 *   <li>{@code StepHost} - the Java side of the JavaScript bridge (console, {@code $.export},
 *       {@code $.respond}, {@code $.flow.exit}, timers, settlement, library loading, HTTP, files),
 *       exposed to JavaScript only as polyglot proxies; it also enforces the function payload limit
 *       (logs + exports + return value within the invocation's budget). {@code HostBytes} and
 *       {@code HostCrypto} do the byte codecs, digests, HMACs and random bytes JavaScript would do
 *       slowly or not at all; {@code HostBlob} hands bytes to JavaScript.</li>
 *   <li>{@code HostHttp} - {@code fetch}/axios requests on one shared {@code java.net.http.HttpClient},
 *       sent asynchronously and completed on the event loop; logged without query, headers, bodies
 *       or environment variable and secret prop values. {@code $.send.http} requests are queued
 *       while the step runs and sent when it has succeeded (Pipedream sends them after the whole
 *       workflow); the run ends when they are done, a failed delivery is logged at level error and
 *       never fails the step, and a delivery still going at the deadline is cancelled, not a timeout.</li>
 *   <li>{@code HostFiles} - the fs module's {@code /tmp}: the execution's directory, with paths
 *       normalised and confined (EACCES otherwise, symbolic links included) and a size cap (ENOSPC).</li>
 *   <li>{@code EventLoop} - runs timer callbacks and host completions until {@code run}'s promise settles.</li>
 *   <li>{@code StepErrors} - turns JavaScript errors into {@code StepError}/{@code StepSyntaxException}.</li>
 *   <li>Resources: {@code bootstrap.js} defines {@code defineComponent}, {@code console}, timers,
 *       {@code process}, {@code $} and the driver; {@code lib/*.js} (Buffer/atob/btoa, URL,
 *       URLSearchParams, crypto, structuredClone/util/..., fetch/axios/$.send.http, fs, props: prop
 *       values with their {@code {{ }}} expressions and type checks, inspect: Node's util.inspect for
 *       console, sends: emit/email/delay, prop-objects: data_store/http_request/app/interface/db props,
 *       component: describe and the source driver, feed: parseFeed) are evaluated only when a step first uses them;
 *       {@code modules/*.mjs} are the built-in ES modules.</li>
 * </ul>
 * Only strings (mostly JSON), numbers, ArrayBuffers and proxies cross the Java/JavaScript boundary.
 */
package io.millrace.runtime.graal;
