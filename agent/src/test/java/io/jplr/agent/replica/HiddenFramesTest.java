package io.jplr.agent.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jplr.bootstrap.TaskStreams;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class HiddenFramesTest {
    private static final String TASK_STREAMS = "io/jplr/bootstrap/TaskStreams";

    @Test
    void theMethodsThatRunATaskAreHiddenAndNoOther() throws IOException {
        byte[] transformed = new HiddenFrames(null).transform(null, null, TASK_STREAMS, null, null,
                bytesOf(TaskStreams.class));
        assertNotNull(transformed);
        assertEquals(Set.of("run", "exec", "onCompletion"), hiddenMethods(transformed));
    }

    @Test
    void classesOfOtherLoadersOrNamesAreLeftAlone() throws IOException {
        byte[] original = bytesOf(TaskStreams.class);
        HiddenFrames frames = new HiddenFrames(null);
        assertNull(frames.transform(null, getClass().getClassLoader(), TASK_STREAMS, null, null, original),
                "a class of the same name in the program's loader");
        assertNull(frames.transform(null, null, "io/jplr/bootstrap/Boundary", null, null, original));
    }

    private static byte[] bytesOf(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }

    private static Set<String> hiddenMethods(byte[] classFile) {
        Set<String> hidden = new TreeSet<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        if (annotation.equals("Ljdk/internal/vm/annotation/Hidden;") && visible) {
                            hidden.add(name);
                        }
                        return null;
                    }
                };
            }
        }, 0);
        return hidden;
    }
}
