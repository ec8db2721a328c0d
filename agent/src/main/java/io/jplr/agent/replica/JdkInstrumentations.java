package io.jplr.agent.replica;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.none;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

/**
 * Weaves the advice of every {@link TypeInstrumentation} into its JDK type, all in one retransformation.
 *
 * <p>The types are loaded first (without initialization) so that they are all covered now; then the
 * transformer is removed again, so no class the application loads later pays for ByteBuddy's matching.
 * A type that cannot be transformed makes the replica fail to start rather than run half-intercepted.
 */
final class JdkInstrumentations {
    private static final List<TypeInstrumentation> ALL = List.of(
            new FileOutputStreamInstrumentation(),
            new FileInputStreamInstrumentation(),
            new ShutdownInstrumentation(),
            new ProcessHandleInstrumentation());

    private JdkInstrumentations() {
    }

    static void install(Instrumentation instrumentation) {
        for (TypeInstrumentation type : ALL) {
            try {
                Class.forName(type.typeName(), false, null);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("this JDK has no " + type.typeName(), e);
            }
        }
        Set<String> transformed = Collections.synchronizedSet(new TreeSet<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AgentBuilder agent = new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(new AgentBuilder.Listener.Adapter() {
                    @Override
                    public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module,
                            boolean loaded, DynamicType dynamicType) {
                        transformed.add(type.getName());
                    }

                    @Override
                    public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded,
                            Throwable throwable) {
                        errors.add(typeName + ": " + throwable);
                    }
                })
                .ignore(none());
        for (TypeInstrumentation type : ALL) {
            agent = agent.type(named(type.typeName()))
                    .transform((builder, description, loader, module, domain) -> type.apply(builder));
        }
        ResettableClassFileTransformer transformer = agent.installOn(instrumentation);
        instrumentation.removeTransformer(transformer);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("cannot instrument " + errors);
        }
        for (TypeInstrumentation type : ALL) {
            if (!transformed.contains(type.typeName())) {
                throw new IllegalStateException(type.typeName() + " was not instrumented");
            }
        }
    }
}
