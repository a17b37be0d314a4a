package io.millrace.runtime.graal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

import io.millrace.runtime.StepError;
import io.millrace.runtime.StepSyntaxException;
import io.millrace.runtime.graal.modules.BuiltinModules;
import io.millrace.shared.memory.OutOfMemoryAlarm;

/** Turns JavaScript errors into {@link StepError}s and {@link StepSyntaxException}s. */
final class StepErrors {

    /** GraalJS's message for an import it cannot resolve; the specifier is group 1. */
    private static final Pattern NOT_FOUND = Pattern.compile("Cannot find module '([^']*)' imported from [^\\n:]*");

    /** The name of a step error for memory a run may not have (the seed's "Out of Memory" error). */
    static final String OUT_OF_MEMORY = "Out of Memory";
    /** What every Out of Memory error advises. */
    static final String ADVICE = "Avoid loading whole files or large responses into memory: write them to /tmp and "
            + "process them in parts.";
    static final String RAN_OUT = "the step ran out of memory and was stopped. " + ADVICE;

    private StepErrors() {
    }

    /** The Out of Memory error of a run whose thread the JVM's {@code OutOfMemoryError} reached; raises the alarm. */
    static StepError ranOut() {
        OutOfMemoryAlarm.raise("a step's thread, where the JVM ran out of heap");
        return outOfMemory(RAN_OUT);
    }

    /** An Out of Memory error with this message. */
    static StepError outOfMemory(String message) {
        return new StepError(OUT_OF_MEMORY, message, OUT_OF_MEMORY + ": " + message);
    }

    /**
     * True when the JVM had no memory left for the guest code (an {@code OutOfMemoryError} in the run's
     * thread, which GraalJS reports as an exhausted resource); a too-deep stack is a RangeError, not this.
     */
    static boolean isOutOfMemory(PolyglotException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        return e.isResourceExhausted() && !message.contains("stack");
    }

    /**
     * The error {@code run}'s promise was rejected with. {@code name} and {@code message} were
     * worked out in JavaScript; the frames come from the error's captured stack when it is a
     * JavaScript error object.
     */
    static StepError ofRejection(Value reason, String name, String message, String stepName) {
        String frames = "";
        if (reason != null && reason.isException()) {
            try {
                reason.throwException();
            } catch (PolyglotException e) {
                if (isOutOfMemory(e)) {
                    return ranOut();
                }
                frames = frames(e, stepName);
            } catch (RuntimeException notThrowable) {
                // no stack to report
            }
        }
        String text = explained(message);
        return new StepError(name, text, header(name, text) + frames);
    }

    /** An error that escaped to Java: thrown by the module's top level, a timer callback, or the runtime. */
    static StepError of(PolyglotException e, String stepName) {
        if (isOutOfMemory(e)) {
            return ranOut();
        }
        String name = "Error";
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e.isHostException()) {
            name = "InternalError";
            message = String.valueOf(e.asHostException());
        } else if (e.isInternalError()) {
            name = "InternalError";
        } else {
            Value error = e.getGuestObject();
            String guestName = member(error, "name");
            String guestMessage = member(error, "message");
            if (guestName != null && guestMessage != null) {
                name = guestName;
                message = guestMessage;
            } else if (e.isSyntaxError()) {
                name = "SyntaxError";
            }
        }
        message = explained(message);
        return new StepError(name, message, header(name, message) + frames(e, stepName));
    }

    /** The module did not parse, or its top-level code threw while validating. */
    static StepSyntaxException syntax(PolyglotException e, String stepName) {
        String source = Sandbox.sourceName(stepName);
        SourceSection at = e.isSyntaxError() ? e.getSourceLocation() : firstUserFrame(e, source);
        String message = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
        if (e.isSyntaxError()) {
            message = message.replaceFirst("^SyntaxError: ", "")
                    .replaceFirst("^" + Pattern.quote(source) + ":\\d+:\\d+ ", "");
        }
        message = explained(message);
        String file = packageFile(at);
        if (file != null) {
            message = "in " + file + (at.hasColumns() ? " at line " + at.getStartLine() + ", column " + at.getStartColumn() : "")
                    + ": " + message.replaceFirst("^\\S*" + Pattern.quote(file.substring(file.lastIndexOf('/') + 1)) + ":\\d+:\\d+ ", "");
        }
        int line = at != null && at.hasLines() ? at.getStartLine() : 1;
        int column = at != null && at.hasColumns() ? at.getStartColumn() : 1;
        return new StepSyntaxException(stepName, message, line, column);
    }

    /** Adds why a module cannot be found (see {@link BuiltinModules#explain}) to GraalJS's message saying so. */
    static String explained(String message) {
        Matcher m = message == null ? null : NOT_FOUND.matcher(message);
        if (m == null || !m.find()) {
            return message;
        }
        String why = BuiltinModules.explain(m.group(1));
        return why == null ? message : message.substring(0, m.end()) + ": " + why + message.substring(m.end());
    }

    /** {@code "Name: message"}, or just the name when the message is empty. */
    static String header(String name, String message) {
        return message == null || message.isEmpty() ? name : name + ": " + message;
    }

    /** One {@code "\n    at fn (step:line:col)"} per stack frame in the step's own source. */
    static String frames(PolyglotException e, String stepName) {
        String source = Sandbox.sourceName(stepName);
        StringBuilder out = new StringBuilder();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceSection at = frame.getSourceLocation();
            String file = frame.isGuestFrame() ? packageFile(at) : null;
            if (frame.isGuestFrame() && (isIn(at, source) || file != null)) {
                String function = frame.getRootName();
                if (function == null || function.isEmpty() || function.startsWith(":")) {
                    function = "<anonymous>";
                }
                out.append("\n    at ").append(function).append(" (").append(file != null ? file : source).append(':')
                        .append(at.getStartLine()).append(':').append(at.getStartColumn()).append(')');
            }
        }
        return out.toString();
    }

    /**
     * The path inside the component package of the file a frame is in ({@code /pkg/<id>/<path>}), or null when
     * it is not in a package file.
     */
    static String packageFile(SourceSection at) {
        String path = at == null || !at.hasLines() ? null : at.getSource().getPath();
        if (path == null || !path.startsWith("/pkg/")) {
            return null;
        }
        int slash = path.indexOf('/', "/pkg/".length());
        return slash < 0 ? null : path.substring(slash + 1);
    }

    private static SourceSection firstUserFrame(PolyglotException e, String source) {
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame() && (isIn(frame.getSourceLocation(), source) || packageFile(frame.getSourceLocation()) != null)) {
                return frame.getSourceLocation();
            }
        }
        return e.getSourceLocation();
    }

    private static boolean isIn(SourceSection at, String source) {
        return at != null && at.hasLines() && source.equals(at.getSource().getName());
    }

    private static String member(Value object, String name) {
        try {
            if (object != null && object.hasMembers()) {
                Value value = object.getMember(name);
                return value != null && value.isString() ? value.asString() : null;
            }
        } catch (RuntimeException unreadable) {
            // fall back to the exception's message
        }
        return null;
    }
}
