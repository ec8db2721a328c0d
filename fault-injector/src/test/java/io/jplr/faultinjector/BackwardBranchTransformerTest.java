package io.jplr.faultinjector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.bootstrap.BranchCounter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The nested classes below are rewritten, defined in a class loader of their own (so verified) and run
 * beside their original; BranchCounter is an ordinary class of the test class path here.
 */
class BackwardBranchTransformerTest {
    private static final Pattern FLIP = Pattern.compile(
            "(\\S+)\\(\\.\\.\\) (local (\\d+)|stack top) \\((int|long|float|double)\\) bit (\\d+): (\\S+) -> (\\S+)"
                    + " at backward branch (\\d+)");

    @BeforeEach
    void startAfresh() {
        BranchCounter.disarm();
        BranchCounter.count = 0;
    }

    // ---- The rewritten classes ----

    public static final class IntLoop {
        public static int sum(int n) {
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += i;
            }
            return s;
        }
    }

    public static final class NestedLoops {
        public static int run(int n) {
            int s = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    s += i ^ j;
                }
            }
            return s;
        }
    }

    public static final class LongLoop {
        public static long run(int n) {
            long h = 1125899906842597L;
            for (long i = 0; i < n; i++) {
                h = 31 * h + i;
            }
            return h;
        }
    }

    public static final class FloatLoop {
        public static float run(int n) {
            float f = 0;
            for (int i = 0; i < n; i++) {
                f = f * 0.5f + i;
            }
            return f;
        }
    }

    public static final class DoubleLoop {
        public static double run(double limit) {
            double d = 1;
            int steps = 0;
            while (d < limit) {
                d *= 1.37;
                steps++;
            }
            return d + steps;
        }
    }

    public static final class DoWhileLoop {
        public static int sum(int n) {
            int s = 0;
            int i = 0;
            do {
                s += i;
                i++;
            } while (i < n);
            return s;
        }
    }

    public static final class Box {
        public final int value;

        public Box(int value) {
            this.value = value;
        }
    }

    public static final class TernaryInNew {
        public static int run(int n) {
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += new Box(i % 3 == 0 ? i : -i).value;
            }
            return s;
        }
    }

    /** The loop runs while the new Box is not yet initialized (on the stack twice, from new and dup). */
    public static final class LoopInsideNew {
        public static int run(int n) {
            return new Box(switch (n) {
                default -> {
                    int s = 0;
                    for (int i = 0; i < n; i++) {
                        s += i;
                    }
                    yield s;
                }
            }).value;
        }
    }

    public static class Base {
        public final int base;

        public Base(int base) {
            this.base = base;
        }
    }

    /** One loop before super() (this uninitialized), one after. */
    public static final class ConstructorLoops extends Base {
        public final int product;

        public ConstructorLoops(int n) {
            super(switch (n) {
                default -> {
                    int s = 0;
                    for (int i = 0; i < n; i++) {
                        s += i;
                    }
                    yield s;
                }
            });
            int p = 1;
            for (int i = 1; i <= n; i++) {
                p *= i;
            }
            product = p;
        }

        public static long run(int n) {
            ConstructorLoops made = new ConstructorLoops(n);
            return ((long) made.base << 32) ^ made.product;
        }
    }

    public static final class TryCatchLoop {
        public static int run(String[] words) {
            int s = 0;
            for (String word : words) {
                try {
                    s += Integer.parseInt(word);
                } catch (NumberFormatException e) {
                    s -= word.length();
                }
            }
            int tries = 0;
            while (true) {
                try {
                    if (++tries < 5) {
                        throw new IllegalStateException();
                    }
                    break;
                } catch (IllegalStateException e) {
                    s += tries;
                }
            }
            return s;
        }
    }

    public static final class SwitchLoop {
        public static int run(int n) {
            int s = 1;
            for (int i = 0; i < n; i++) {
                switch (i % 4) {
                    case 0:
                        s += 1;
                        break;
                    case 1:
                        s *= 3;
                        break;
                    case 2:
                        s ^= i;
                        break;
                    default:
                        s -= 2;
                }
                switch (i * 7919) {
                    case 7919 -> s += 10;
                    case 791900 -> s += 100;
                    default -> s += 0;
                }
                s += switch (i % 3 == 0 ? "zero" : "other") {
                    case "zero" -> 5;
                    default -> 7;
                };
            }
            return s;
        }
    }

    public static final class Node {
        public final int value;
        public final Node next;

        public Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    /** Four accumulators of the four primitive kinds; the list walk has no other primitive local. */
    public static final class Accumulators {
        public static long[] run(Node head) {
            int a = 0;
            int b = 0;
            long c = 0;
            double d = 0;
            for (Node p = head; p != null; p = p.next) {
                a += p.value;
                b ^= p.value * 31;
                c += (long) p.value * p.value;
                d += p.value / 3.0;
            }
            return new long[] {a, b, c, Double.doubleToRawLongBits(d)};
        }
    }

    // ---- Unarmed: the same results, every branch counted ----

    @Test
    void rewrittenLoopsComputeTheSameResults() throws Exception {
        assertSameResult(IntLoop.class, "sum", 1000);
        assertSameResult(NestedLoops.class, "run", 60);
        assertSameResult(LongLoop.class, "run", 500);
        assertSameResult(FloatLoop.class, "run", 300);
        assertSameResult(DoubleLoop.class, "run", 1e12);
        assertSameResult(DoWhileLoop.class, "sum", 77);
        assertSameResult(TernaryInNew.class, "run", 100);
        assertSameResult(LoopInsideNew.class, "run", 100);
        assertSameResult(ConstructorLoops.class, "run", 12);
        assertSameResult(TryCatchLoop.class, "run", (Object) new String[] {"1", "x", "22", "abc", "-3"});
        assertSameResult(SwitchLoop.class, "run", 200);
        assertSameResult(Accumulators.class, "run", list(1, 2, 3, -4, 1 << 20));
        assertTrue(BranchCounter.count() > 0);
    }

    @Test
    void countsEachIterationOfAForLoopAsOneBackwardGoto() throws Exception {
        // javac tests the condition at the top and jumps back from the bottom: one GOTO per iteration.
        assertEquals(List.of(Opcodes.GOTO), backwardJumps(IntLoop.class, "sum"));

        invoke(rewritten(IntLoop.class), "sum", 1000);

        assertEquals(1000, BranchCounter.count());
    }

    @Test
    void countsInnerAndOuterIterations() throws Exception {
        assertEquals(List.of(Opcodes.GOTO, Opcodes.GOTO), backwardJumps(NestedLoops.class, "run"));

        invoke(rewritten(NestedLoops.class), "run", 50);

        assertEquals(50 + 50 * 49 / 2, BranchCounter.count(), "50 outer iterations, 0 + 1 + ... + 49 inner ones");
    }

    @Test
    void countsAConditionalBranchWhetherTakenOrNot() throws Exception {
        // do-while tests at the bottom: its last test falls through, but it was executed.
        assertEquals(List.of(Opcodes.IF_ICMPLT), backwardJumps(DoWhileLoop.class, "sum"));

        invoke(rewritten(DoWhileLoop.class), "sum", 40);

        assertEquals(40, BranchCounter.count());
    }

    // ---- Armed: one bit of one value ----

    @Test
    void flipsOneBitOfOneLiveLocalAtTheArmedBranch() throws Exception {
        Class<?> rewritten = rewritten(Accumulators.class);
        int[] values = {5, -17, 1 << 20, 3, 99_999, 42, -7, 8, 1_000_003, 11};
        long[] correct = Accumulators.run(list(values));
        Set<String> flippedVariables = new HashSet<>();
        for (long seed = 0; seed < 64; seed++) {
            int branch = 1 + (int) (seed % values.length);
            BranchCounter.count = 0;
            assertTrue(BranchCounter.arm(branch, seed));

            long[] result = (long[]) invoke(rewritten, "run", list(values));

            Matcher flip = FLIP.matcher(BranchCounter.lastFlip());
            assertTrue(flip.matches(), BranchCounter.lastFlip());
            assertEquals(Accumulators.class.getName() + ".run", flip.group(1));
            assertEquals(Integer.toString(branch), flip.group(8));
            String variable = localName(Accumulators.class, "run", Integer.parseInt(flip.group(3)));
            int bit = Integer.parseInt(flip.group(5));
            Accumulated expected = accumulate(values, branch, variable, bit);
            assertEquals(expected.before(), flip.group(6), "the value before the flip: " + flip.group());
            assertArrayEquals(expected.result(), result, flip.group());
            assertOnlyDifference(correct, result, variable, bit);
            flippedVariables.add(variable);
        }
        assertEquals(Set.of("a", "b", "c", "d"), flippedVariables, "each live primitive local is a candidate");
    }

    @Test
    void flipsTheTopOperandInPlace() throws Exception {
        // At the do-while's if_icmplt the stack holds i and n: the candidates are n, s, i and the top, n.
        long seed = seedChoosing(3, 4);
        Class<?> rewritten = rewritten(DoWhileLoop.class);
        int n = 40;
        int branch = 25;
        assertTrue(BranchCounter.arm(branch, seed));

        int result = (int) invoke(rewritten, "sum", n);

        Matcher flip = FLIP.matcher(BranchCounter.lastFlip());
        assertTrue(flip.matches(), BranchCounter.lastFlip());
        assertEquals("stack top", flip.group(2));
        assertEquals("int", flip.group(4));
        assertEquals(Integer.toString(n), flip.group(6));
        int flippedBound = n ^ (1 << Integer.parseInt(flip.group(5)));
        // Only that one comparison sees the flipped bound: i (= branch) < it continues, else the loop ends.
        int expected = branch < flippedBound ? DoWhileLoop.sum(n) : branch * (branch - 1) / 2;
        assertEquals(expected, result);
    }

    @Test
    void theSameSeedMakesTheSameFlip() throws Exception {
        Class<?> rewritten = rewritten(Accumulators.class);
        Node list = list(3, 1, 4, 1, 5, 9, 2, 6);
        List<String> flips = new ArrayList<>();
        List<long[]> results = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            BranchCounter.count = 0;
            BranchCounter.arm(6, 1234);
            results.add((long[]) invoke(rewritten, "run", list));
            flips.add(BranchCounter.lastFlip());
        }

        assertNotNull(flips.get(0));
        assertEquals(flips.get(0), flips.get(1));
        assertArrayEquals(results.get(0), results.get(1));
    }

    @Test
    void refusesABranchAlreadyPassed() throws Exception {
        invoke(rewritten(IntLoop.class), "sum", 100);

        assertFalse(BranchCounter.arm(100, 1));
        assertFalse(BranchCounter.arm(3, 1));
        assertTrue(BranchCounter.arm(101, 1));
    }

    @Test
    void aTargetNeverReachedFlipsNothing() throws Exception {
        BranchCounter.arm(1_000_000, 1);

        assertEquals(IntLoop.sum(100), invoke(rewritten(IntLoop.class), "sum", 100));
        assertNull(BranchCounter.lastFlip());
    }

    @Test
    void onlyCountsWhileANewObjectIsUninitialized() throws Exception {
        BranchCounter.arm(30, 7);

        assertEquals(LoopInsideNew.run(100), invoke(rewritten(LoopInsideNew.class), "run", 100));
        assertEquals(LoopInsideNew.class.getName() + ".run(..) has no live primitive local or operand: nothing"
                + " flipped at backward branch 30", BranchCounter.lastFlip());
    }

    @Test
    void onlyCountsInAConstructorBeforeSuper() throws Exception {
        Class<?> rewritten = rewritten(ConstructorLoops.class);
        BranchCounter.arm(5, 7);

        assertEquals(ConstructorLoops.run(10), invoke(rewritten, "run", 10));
        assertEquals(ConstructorLoops.class.getName() + ".<init>(..) has no live primitive local or operand:"
                + " nothing flipped at backward branch 5", BranchCounter.lastFlip());

        BranchCounter.count = 0;
        BranchCounter.arm(15, 7);
        invoke(rewritten, "run", 10);
        Matcher flip = FLIP.matcher(BranchCounter.lastFlip());
        assertTrue(flip.matches(), "after super(), the constructor's locals are candidates: "
                + BranchCounter.lastFlip());
    }

    // ---- What is left alone ----

    @Test
    void leavesClassesWithoutLoopsOrFramesUnchanged() throws IOException {
        assertNull(BranchCountingRewriter.rewrite(classFile(Box.class)), "no backward branch");
        assertNull(BranchCountingRewriter.rewrite(withVersion(classFile(IntLoop.class), Opcodes.V1_6)),
                "Java 6: stack map frames are optional");
        assertNotNull(BranchCountingRewriter.rewrite(withVersion(classFile(IntLoop.class), Opcodes.V1_7)));
    }

    @Test
    void transformsOnlyApplicationClasses() throws IOException {
        BackwardBranchTransformer transformer = new BackwardBranchTransformer(null);
        ClassLoader application = ClassLoader.getSystemClassLoader();
        byte[] loop = classFile(IntLoop.class);

        assertNotNull(transformer.transform(null, application, "samples/Loop", null, null, loop));
        assertNull(transformer.transform(null, null, "samples/Loop", null, null, loop), "bootstrap loader");
        assertNull(transformer.transform(null, ClassLoader.getPlatformClassLoader(), "samples/Loop", null, null,
                loop));
        assertNotNull(transformer.transform(null, application, "io/jplr/test/apps/Loop", null, null, loop),
                "a program of jPLR's tests is an application like any other");
        for (String jdkOrOwn : List.of("io/jplr/agent/Loop", "io/jplr/bootstrap/Loop", "java/Loop", "jdk/Loop", "sun/Loop", "com/sun/Loop")) {
            assertNull(transformer.transform(null, application, jdkOrOwn, null, null, loop), jdkOrOwn);
        }
        assertNull(transformer.transform(null, application, null, null, null, loop),
                "defined without a name, named io/jplr/faultinjector/... by its class file");
        assertNotNull(transformer.transform(null, application, null, null, null, GeneratedLoops.classFile()),
                "defined without a name, named generated/Loops by its class file");
        assertNull(transformer.transform(null, application, "samples/Garbage", null, null, new byte[] {1, 2, 3}),
                "a class file ASM cannot read is left to the JVM");
    }

    @Test
    void dropsTheFlipsThenTheCountingOfMethodsTooLarge() throws Exception {
        byte[] generated = GeneratedLoops.classFile();
        byte[] rewritten = BranchCountingRewriter.rewrite(generated);
        assertNotNull(rewritten);
        Class<?> loaded = define(GeneratedLoops.NAME.replace('/', '.'), rewritten);

        assertEquals(GeneratedLoops.MANY_LOCALS_RESULT, invoke(loaded, "manyLocals"));
        assertEquals(GeneratedLoops.LOOPS * 3, BranchCounter.count(), "manyLocals still counts");
        BranchCounter.count = 0;
        invoke(loaded, "huge");
        assertEquals(0, BranchCounter.count(), "huge is left as it was");

        BranchCounter.count = 0;
        BranchCounter.arm(100, 1);
        invoke(loaded, "manyLocals");
        assertEquals(GeneratedLoops.NAME.replace('/', '.') + ".manyLocals(..) has no live primitive local or"
                + " operand: nothing flipped at backward branch 100", BranchCounter.lastFlip());
    }

    // ---- Helpers ----

    private static void assertSameResult(Class<?> subject, String method, Object argument) throws Exception {
        Object expected = invoke(subject, method, argument);
        Object actual = invoke(rewritten(subject), method, argument);
        if (expected instanceof long[]) {
            assertArrayEquals((long[]) expected, (long[]) actual, subject.getSimpleName());
        } else {
            assertEquals(expected, actual, subject.getSimpleName());
        }
    }

    private static void assertOnlyDifference(long[] correct, long[] result, String variable, int bit) {
        int index = "abcd".indexOf(variable);
        for (int i = 0; i < correct.length; i++) {
            if (i != index) {
                assertEquals(correct[i], result[i], "only " + variable + " changes");
            }
        }
        long difference = result[index] - correct[index];
        switch (variable) {
            case "a" -> assertEquals(1L << bit, Math.abs((long) (int) difference), "a sum: off by 2^bit");
            case "b" -> assertEquals(1L << bit, (result[1] ^ correct[1]) & 0xffff_ffffL, "a xor: that one bit");
            case "c" -> assertEquals(1L << bit, bit == 63 ? difference : Math.abs(difference), "off by 2^bit");
            default -> {
                // A double: later additions round, so it is checked against the model only.
            }
        }
    }

    /** The list walk with one bit of {@code variable} flipped after {@code iterations} iterations. */
    private static Accumulated accumulate(int[] values, int iterations, String variable, int bit) {
        int a = 0;
        int b = 0;
        long c = 0;
        double d = 0;
        String before = null;
        for (int k = 0; k < values.length; k++) {
            a += values[k];
            b ^= values[k] * 31;
            c += (long) values[k] * values[k];
            d += values[k] / 3.0;
            if (k + 1 == iterations) {
                switch (variable) {
                    case "a" -> {
                        before = Integer.toString(a);
                        a ^= 1 << bit;
                    }
                    case "b" -> {
                        before = Integer.toString(b);
                        b ^= 1 << bit;
                    }
                    case "c" -> {
                        before = Long.toString(c);
                        c ^= 1L << bit;
                    }
                    default -> {
                        before = Double.toString(d);
                        d = Double.longBitsToDouble(Double.doubleToRawLongBits(d) ^ (1L << bit));
                    }
                }
            }
        }
        return new Accumulated(new long[] {a, b, c, Double.doubleToRawLongBits(d)}, before);
    }

    private record Accumulated(long[] result, String before) {
    }

    /** A seed for which BranchCounter chooses candidate {@code index} of {@code candidates}. */
    static long seedChoosing(int index, int candidates) {
        for (long seed = 0; ; seed++) {
            BranchCounter.count = 0;
            BranchCounter.arm(1, seed);
            BranchCounter.count = 1;
            if (BranchCounter.pick(candidates, "x") == index) {
                BranchCounter.count = 0;
                return seed;
            }
        }
    }

    private static Node list(int... values) {
        Node head = null;
        for (int i = values.length - 1; i >= 0; i--) {
            head = new Node(values[i], head);
        }
        return head;
    }

    /** The opcodes of the method's jumps to an earlier instruction, from the class file javac wrote. */
    private static List<Integer> backwardJumps(Class<?> subject, String method) throws IOException {
        Set<LabelNode> seen = new HashSet<>();
        List<Integer> jumps = new ArrayList<>();
        for (AbstractInsnNode instruction : methodNode(subject, method).instructions) {
            if (instruction instanceof LabelNode label) {
                seen.add(label);
            } else if (instruction instanceof JumpInsnNode jump && seen.contains(jump.label)) {
                jumps.add(jump.getOpcode());
            }
        }
        return jumps;
    }

    /** The name javac gave the local in {@code slot} (the class files are compiled with -g). */
    private static String localName(Class<?> subject, String method, int slot) throws IOException {
        for (LocalVariableNode local : methodNode(subject, method).localVariables) {
            if (local.index == slot) {
                return local.name;
            }
        }
        throw new AssertionError("no local " + slot);
    }

    private static MethodNode methodNode(Class<?> subject, String method) throws IOException {
        ClassNode node = new ClassNode();
        new ClassReader(classFile(subject)).accept(node, 0);
        return node.methods.stream().filter(m -> m.name.equals(method)).findFirst().orElseThrow();
    }

    private static byte[] withVersion(byte[] classFile, int version) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int ignored, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(version, access, name, signature, superName, interfaces);
            }
        }, 0);
        return writer.toByteArray();
    }

    static byte[] classFile(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream('/' + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    /** The rewritten copy of a test class, in a loader of its own; every other class is the test's. */
    private static Class<?> rewritten(Class<?> subject) throws IOException, ClassNotFoundException {
        byte[] rewritten = BranchCountingRewriter.rewrite(classFile(subject));
        assertNotNull(rewritten, subject.getName());
        Class<?> loaded = define(subject.getName(), rewritten);
        assertNotEquals(subject, loaded);
        return loaded;
    }

    private static Class<?> define(String name, byte[] classFile) throws ClassNotFoundException {
        ClassLoader loader = new ClassLoader(BackwardBranchTransformerTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
                if (!className.equals(name)) {
                    return super.loadClass(className, resolve);
                }
                synchronized (getClassLoadingLock(className)) {
                    Class<?> loaded = findLoadedClass(className);
                    return loaded != null ? loaded : defineClass(className, classFile, 0, classFile.length);
                }
            }
        };
        // Initializing links the class, which verifies every method.
        return Class.forName(name, true, loader);
    }

    private static Object invoke(Class<?> type, String method, Object... arguments) throws Exception {
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
                try {
                    return candidate.invoke(null, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + '.' + method);
    }

    /**
     * A class javac would not write: {@code manyLocals} has so many live ints that the flip switches would
     * take it over 64 KB, and {@code huge} is so close to 64 KB that even counting would.
     */
    static final class GeneratedLoops {
        static final String NAME = "generated/Loops";
        static final int LOOPS = 200;
        static final int MANY_LOCALS = 100;
        static final int HUGE_LOOPS = 6_000;
        /** Each loop adds 0 + 1 + 2 to local 0, which starts at 0. */
        static final int MANY_LOCALS_RESULT = LOOPS * 3;

        static byte[] classFile() {
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
            writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, NAME, null, "java/lang/Object", null);
            manyLocals(writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "manyLocals", "()I", null, null));
            huge(writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "huge", "()V", null, null));
            writer.visitEnd();
            return writer.toByteArray();
        }

        private static void manyLocals(MethodVisitor method) {
            method.visitCode();
            for (int slot = 0; slot <= MANY_LOCALS; slot++) {
                method.visitInsn(Opcodes.ICONST_0);
                method.visitVarInsn(Opcodes.ISTORE, slot);
            }
            int index = MANY_LOCALS;
            for (int loop = 0; loop < LOOPS; loop++) {
                Label head = new Label();
                method.visitInsn(Opcodes.ICONST_0);
                method.visitVarInsn(Opcodes.ISTORE, index);
                method.visitLabel(head);
                method.visitVarInsn(Opcodes.ILOAD, 0);
                method.visitVarInsn(Opcodes.ILOAD, index);
                method.visitInsn(Opcodes.IADD);
                method.visitVarInsn(Opcodes.ISTORE, 0);
                method.visitIincInsn(index, 1);
                method.visitVarInsn(Opcodes.ILOAD, index);
                method.visitInsn(Opcodes.ICONST_3);
                method.visitJumpInsn(Opcodes.IF_ICMPLT, head);
            }
            method.visitVarInsn(Opcodes.ILOAD, 0);
            method.visitInsn(Opcodes.IRETURN);
            method.visitMaxs(0, 0);
            method.visitEnd();
        }

        private static void huge(MethodVisitor method) {
            method.visitCode();
            for (int loop = 0; loop < HUGE_LOOPS; loop++) {
                Label head = new Label();
                method.visitInsn(Opcodes.ICONST_0);
                method.visitVarInsn(Opcodes.ISTORE, 0);
                method.visitLabel(head);
                method.visitIincInsn(0, 1);
                method.visitVarInsn(Opcodes.ILOAD, 0);
                method.visitInsn(Opcodes.ICONST_3);
                method.visitJumpInsn(Opcodes.IF_ICMPLT, head);
            }
            method.visitInsn(Opcodes.RETURN);
            method.visitMaxs(0, 0);
            method.visitEnd();
        }
    }
}
