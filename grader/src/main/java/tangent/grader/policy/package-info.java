/**
 * The bytecode policy: what a submission's classes may call, checked with ASM on the class files
 * before any of them loads. An allow-list, not a block-list: arithmetic, strings, collections,
 * streams, functional interfaces, big numbers, text formatting and the exercises API are allowed;
 * everything else (files, network, processes, threads, reflection, class loaders, ending the JVM,
 * environment and system properties, native code, JDK internals) is refused with a message that
 * names the class, the method and the call. It does not lean on the SecurityManager, which newer
 * JDKs no longer have.
 */
package tangent.grader.policy;
