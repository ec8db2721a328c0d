package io.jplr.agent.replica;

import org.objectweb.asm.Type;

/**
 * One JDK method routed through a boundary class of {@code io.jplr.bootstrap} (by default {@code Boundary}),
 * the way ByteBuddy's {@code Advice} would inline it, written directly in ASM so that a replica starts in
 * milliseconds rather than a second.
 *
 * <p>Every boundary method takes, in order, the instance fields named in {@code fields} (if any) and then
 * the intercepted method's own arguments. The pseudo-field {@code this} passes the receiver, typed as the
 * intercepted class, or as the type after a colon ({@code this:Ljava/nio/file/Path;}) when that class is
 * not accessible to the boundary. A guard takes the fields and the first {@code guardArguments} arguments.
 */
final class Interception {
    /** Where the boundary call goes and what its result does. */
    enum Shape {
        /** {@code if (Boundary.m(fields, args)) return;} for void methods the boundary may take over. */
        SKIP_IF_TRUE,
        /** {@code if (Boundary.guard(fields, leading args)) return Boundary.m(fields, args);} */
        REPLACE_IF_GUARD,
        /** {@code Boundary.m(fields, args);} then the original body. */
        BEFORE,
        /**
         * Before every return: {@code Boundary.m(fields)} (a constructor's {@code this} among them), or for a value
         * {@code return Boundary.m(value, this)}.
         */
        BEFORE_RETURN,
        /** {@code argument = Boundary.m(argument);} then the original body, for one reference argument. */
        WRAP_ARGUMENT
    }

    static final String BOUNDARY = "io/jplr/bootstrap/Boundary";

    final String method;
    final String descriptor;
    final Shape shape;
    final String boundaryClass;
    final String boundaryMethod;
    final String guardMethod;
    final int guardArguments;
    final String[] fields;
    /** A method every supported JDK declares: missing it is an error, not a version difference. */
    final boolean required;
    /** For {@link Shape#WRAP_ARGUMENT}: which argument (from 0) is replaced. */
    final int wrappedArgument;

    private Interception(String method, String descriptor, Shape shape, String boundaryClass, String boundaryMethod,
            String guardMethod, int guardArguments, String[] fields, boolean required) {
        this(method, descriptor, shape, boundaryClass, boundaryMethod, guardMethod, guardArguments, fields, required,
                -1);
    }

    private Interception(String method, String descriptor, Shape shape, String boundaryClass, String boundaryMethod,
            String guardMethod, int guardArguments, String[] fields, boolean required, int wrappedArgument) {
        this.method = method;
        this.descriptor = descriptor;
        this.shape = shape;
        this.boundaryClass = boundaryClass;
        this.boundaryMethod = boundaryMethod;
        this.guardMethod = guardMethod;
        this.guardArguments = guardArguments;
        this.fields = fields;
        this.required = required;
        this.wrappedArgument = wrappedArgument;
    }

    static Interception skipIfTrue(String method, String descriptor, String boundaryMethod, String... fields) {
        return new Interception(method, descriptor, Shape.SKIP_IF_TRUE, BOUNDARY, boundaryMethod, null, 0, fields,
                true);
    }

    static Interception replaceIf(String guardMethod, String method, String descriptor, String boundaryMethod,
            boolean required, String... fields) {
        return new Interception(method, descriptor, Shape.REPLACE_IF_GUARD, BOUNDARY, boundaryMethod, guardMethod,
                0, fields, required);
    }

    static Interception before(String method, String descriptor, String boundaryMethod, String... fields) {
        return new Interception(method, descriptor, Shape.BEFORE, BOUNDARY, boundaryMethod, null, 0, fields, true);
    }

    static Interception beforeReturn(String method, String descriptor, String boundaryMethod, String... fields) {
        return new Interception(method, descriptor, Shape.BEFORE_RETURN, BOUNDARY, boundaryMethod, null, 0, fields,
                true);
    }

    /** Replaces the method's {@code argument}-th argument (a reference) with what the boundary returns for it. */
    static Interception wrapArgument(String method, String descriptor, int argument, String boundaryMethod) {
        return new Interception(method, descriptor, Shape.WRAP_ARGUMENT, BOUNDARY, boundaryMethod, null, 0,
                new String[0], true, argument);
    }

    /** The same interception, calling into another boundary class ({@code io/jplr/bootstrap/FileBoundary}). */
    Interception via(String boundaryClassName) {
        return new Interception(method, descriptor, shape, boundaryClassName, boundaryMethod, guardMethod,
                guardArguments, fields, required, wrappedArgument);
    }

    /** The same interception, its guard also given the method's first {@code count} arguments. */
    Interception guardingOn(int count) {
        return new Interception(method, descriptor, shape, boundaryClass, boundaryMethod, guardMethod, count, fields,
                required, wrappedArgument);
    }

    /** The same interception, for a method only some supported JDKs declare. */
    Interception optional() {
        return new Interception(method, descriptor, shape, boundaryClass, boundaryMethod, guardMethod,
                guardArguments, fields, false, wrappedArgument);
    }

    Type returnType() {
        return Type.getReturnType(descriptor);
    }

    @Override
    public String toString() {
        return method + descriptor;
    }
}
