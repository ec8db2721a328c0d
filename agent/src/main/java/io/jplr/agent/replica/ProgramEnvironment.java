package io.jplr.agent.replica;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The environment the program reads ({@code System.getenv}, {@code ProcessBuilder.environment()}): the JDK's
 * {@code java.lang.ProcessEnvironment}, read once from the process's environment. A replica is started
 * with some variables changed ({@code io.jplr.replica.OptionVariables}); this puts the master's values back,
 * so that the program reads what it would read natively. The JDK offers no way to change it but its own map,
 * reached by reflection (java.base opens java.lang to the agent).
 */
final class ProgramEnvironment {
    private ProgramEnvironment() {
    }

    /** Sets each variable of {@code values} to its value in the environment the program reads. */
    static void restore(Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        try {
            Class<?> environment = Class.forName("java.lang.ProcessEnvironment");
            Field field = environment.getDeclaredField("theEnvironment");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<Object, Object> variables = (Map<Object, Object>) field.get(null);
            Method variable = valueOf("java.lang.ProcessEnvironment$Variable");
            Method value = valueOf("java.lang.ProcessEnvironment$Value");
            for (Map.Entry<String, String> entry : values.entrySet()) {
                variables.put(variable.invoke(null, entry.getKey()), value.invoke(null, entry.getValue()));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot give the program the master's " + String.join(", ",
                    values.keySet()) + " (this JDK's java.lang.ProcessEnvironment is not the one jPLR knows): " + e,
                    e);
        }
    }

    private static Method valueOf(String className) throws ReflectiveOperationException {
        Method method = Class.forName(className).getDeclaredMethod("valueOf", String.class);
        method.setAccessible(true);
        return method;
    }
}
