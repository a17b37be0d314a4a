// The built-in module "worker_threads" (it cannot be used in a sandbox: its functions throw; see lib/node-small.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("worker_threads");
export default m;
export const { Worker, MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort, markAsUntransferable, moveMessagePortToContext, getEnvironmentData, setEnvironmentData, isMainThread, parentPort, threadId, workerData } = m;
