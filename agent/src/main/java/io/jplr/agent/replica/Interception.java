package io.jplr.agent.replica;

import org.objectweb.asm.Type;

/**
 * One JDK method routed through {@code io.jplr.bootstrap.Boundary}, the way ByteBuddy's {@code Advice} would
 * inline it, written directly in ASM so that a replica starts in milliseconds rather than a second.
 *
 * <p>Every boundary method takes, in order, the instance fields named in {@code fields} (if any) and then
 * the intercepted method's own arguments.
 */
final class Interception {
    /** Where the boundary call goes and what its result does. */
    enum Shape {
        /** {@code if (Boundary.m(fields, args)) return;} for void methods the boundary may take over. */
        SKIP_IF_TRUE,
        /** {@code if (Boundary.guard(fields)) return Boundary.m(fields, args);} */
        REPLACE_IF_GUARD,
        /** {@code Boundary.m(args);} then the original body. */
        BEFORE,
        /** Before every return: {@code Boundary.m()}, or for a value {@code return Boundary.m(value, this)}. */
        BEFORE_RETURN
    }

    final String method;
    final String descriptor;
    final Shape shape;
    final String boundaryMethod;
    final String guardMethod;
    final String[] fields;
    /** A method every supported JDK declares: missing it is an error, not a version difference. */
    final boolean required;

    private Interception(String method, String descriptor, Shape shape, String boundaryMethod, String guardMethod,
            String[] fields, boolean required) {
        this.method = method;
        this.descriptor = descriptor;
        this.shape = shape;
        this.boundaryMethod = boundaryMethod;
        this.guardMethod = guardMethod;
        this.fields = fields;
        this.required = required;
    }

    static Interception skipIfTrue(String method, String descriptor, String boundaryMethod, String... fields) {
        return new Interception(method, descriptor, Shape.SKIP_IF_TRUE, boundaryMethod, null, fields, true);
    }

    static Interception replaceIf(String guardMethod, String method, String descriptor, String boundaryMethod,
            boolean required, String... fields) {
        return new Interception(method, descriptor, Shape.REPLACE_IF_GUARD, boundaryMethod, guardMethod, fields,
                required);
    }

    static Interception before(String method, String descriptor, String boundaryMethod) {
        return new Interception(method, descriptor, Shape.BEFORE, boundaryMethod, null, new String[0], true);
    }

    static Interception beforeReturn(String method, String descriptor, String boundaryMethod) {
        return new Interception(method, descriptor, Shape.BEFORE_RETURN, boundaryMethod, null, new String[0], true);
    }

    boolean matches(String name, String methodDescriptor) {
        return method.equals(name) && descriptor.equals(methodDescriptor);
    }

    Type returnType() {
        return Type.getReturnType(descriptor);
    }

    @Override
    public String toString() {
        return method + descriptor;
    }
}
