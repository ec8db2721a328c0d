package io.jplr.faultinjector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fixtures.heap.AllPrimitives;
import fixtures.heap.Chain;
import fixtures.heap.Initializations;
import fixtures.heap.Point;
import fixtures.heap.Ring;
import fixtures.heap.Unflippable;
import fixtures.heap.Uniform;
import fixtures.heap.Uninitialized;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HeapBitFlipTest {
    private static final List<String> STATIC_FINALS = List.of("CONSTANT", "COMPUTED", "FLAG").stream()
            .map(name -> AllPrimitives.class.getName() + "." + name).toList();

    /** The model reads only initialized classes: the application would have initialized its own by now. */
    @BeforeAll
    static void initializeFixtures() throws ClassNotFoundException {
        for (Class<?> fixture : List.of(AllPrimitives.class, Chain.class, Ring.class, Unflippable.class,
                Uniform.class)) {
            Class.forName(fixture.getName(), true, fixture.getClassLoader());
        }
    }

    @AfterEach
    void clearChain() {
        Chain.head = null;
        Chain.anything = null;
    }

    @Test
    void flipsExactlyOneBitOfOneSlotAndNamesIt() throws IllegalAccessException {
        RandomGenerator random = new SplittableRandom(42);
        Set<String> types = new HashSet<>();
        Set<String> flipped = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            Map<String, Long> before = snapshot();
            String description = HeapBitFlip.flip(FakeInstrumentation.loading(AllPrimitives.class), random);
            Map<String, Long> after = snapshot();
            List<String> changed = before.keySet().stream()
                    .filter(slot -> !before.get(slot).equals(after.get(slot))).toList();
            assertEquals(1, changed.size(), description);
            String slot = changed.get(0);
            assertEquals(1, Long.bitCount(before.get(slot) ^ after.get(slot)), description);
            assertTrue(description.startsWith(slot + " ("), description + " names " + slot);
            assertTrue(description.endsWith("(one of 36 slots in 1 class and 10 objects)"), description);
            types.add(description.substring(slot.length() + 2, description.indexOf(')')));
            flipped.add(slot);
        }
        assertEquals(Set.of("boolean", "byte", "char", "short", "int", "float", "long", "double"), types);
        assertEquals(36, flipped.size(), "every candidate is chosen sometimes: " + flipped);
        for (String constant : STATIC_FINALS) {
            assertTrue(!flipped.contains(constant), constant);
        }
        assertEquals(7L, AllPrimitives.COMPUTED);
        assertTrue(AllPrimitives.FLAG);
    }

    @Test
    void describesTheValuesOnBothSidesOfTheFlip() {
        String description = HeapBitFlip.flip(FakeInstrumentation.loading(Uniform.class), new SplittableRandom(1));
        assertTrue(description.matches("fixtures\\.heap\\.Uniform\\.(single|TRIPLE\\[[0-2]]) \\(int\\)"
                + " bit ([0-9]|[12][0-9]|3[01]): 0x[0-9a-f]{8} -> 0x[0-9a-f]{8}"
                + " \\(one of 4 slots in 1 class and 1 object\\)"), description);
    }

    @Test
    void choosesUniformlyAmongSlots() {
        RandomGenerator random = new SplittableRandom(7);
        Map<String, Integer> hits = new TreeMap<>();
        for (int i = 0; i < 4000; i++) {
            String description = HeapBitFlip.flip(FakeInstrumentation.loading(Uniform.class), random);
            hits.merge(description.substring(0, description.indexOf(' ')), 1, Integer::sum);
        }
        assertEquals(4, hits.size(), hits.toString());
        for (int count : hits.values()) {
            // 1000 expected, a standard deviation of 27.
            assertTrue(count > 850 && count < 1150, hits.toString());
        }
    }

    @Test
    void leavesStaticFinalsRecordsLambdasAndWhatItMustNotEnterAlone() {
        Class<?>[] classes = {Unflippable.class, Point.class, Unflippable.THREAD.getClass(),
            Unflippable.LOADER.getClass(), JplrState.class};
        String description = HeapBitFlip.flip(FakeInstrumentation.loading(classes), new SplittableRandom(3));
        assertEquals(HeapBitFlip.NOTHING_FOUND, description);
        assertEquals(new Point(1, 2), Unflippable.RECORD);
        assertEquals(3, Unflippable.LAMBDA.getAsInt());
        assertEquals(1, Unflippable.JPLR.count);
    }

    @Test
    void walksCyclesOnce() {
        RandomGenerator random = new SplittableRandom(11);
        for (int i = 0; i < 30; i++) {
            int[] before = ringValues();
            String description = HeapBitFlip.flip(FakeInstrumentation.loading(Ring.class, Ring.Node.class), random);
            int[] after = ringValues();
            int bits = 0;
            for (int node = 0; node < before.length; node++) {
                bits += Integer.bitCount(before[node] ^ after[node]);
            }
            assertEquals(1, bits, description);
            assertTrue(description.endsWith("(one of 3 slots in 2 classes and 4 objects)"), description);
        }
    }

    /** So that the faulty replica's identity hash codes (enum keys' order in a HashMap...) stay the others'. */
    @Test
    void drawsNoIdentityHashCodeForTheObjectsItWalks() {
        assumeTrue(ObjectHeaders.readable(), "the usual object headers");
        Chain.head = Chain.of(1000);
        Chain.anything = new Object[] {new Object(), new int[3], Chain.of(10)};
        HeapBitFlip.flip(FakeInstrumentation.loading(Chain.class), new SplittableRandom(17));
        List<Object> walked = new ArrayList<>(List.of((Object[]) Chain.anything));
        walked.add(Chain.anything);
        for (Chain.Link link = Chain.head; link != null; link = link.next) {
            walked.add(link);
        }
        for (Object object : walked) {
            assertFalse(ObjectHeaders.hasIdentityHash(object), object.toString());
        }
        System.identityHashCode(Chain.head);
        assertTrue(ObjectHeaders.hasIdentityHash(Chain.head), "the test sees an identity hash code when there is one");
    }

    @Test
    void neverInitializesAClass() throws ClassNotFoundException {
        Class<?> uninitialized = Class.forName("fixtures.heap.Uninitialized", false,
                HeapBitFlipTest.class.getClassLoader());
        String description = HeapBitFlip.flip(FakeInstrumentation.loading(uninitialized), new SplittableRandom(5));
        assertEquals(HeapBitFlip.NOTHING_FOUND, description);
        assertEquals(0, Initializations.count);

        assertEquals(7, Uninitialized.value);
        description = HeapBitFlip.flip(FakeInstrumentation.loading(uninitialized), new SplittableRandom(5));
        assertTrue(description.startsWith("fixtures.heap.Uninitialized.value (int) bit "), description);
        assertEquals(1, Integer.bitCount(Uninitialized.value ^ 7));
        assertEquals(1, Initializations.count);
    }

    @Test
    void takesOnlyTheApplicationsClassesAsRoots() {
        IntSupplier lambda = () -> 1;
        Class<?>[] loaded = {String.class, int.class, int[].class, AllPrimitives[].class, java.sql.Date.class,
            HeapBitFlip.class, lambda.getClass(), Uniform.class, AllPrimitives.class};
        assertEquals(List.of(AllPrimitives.class, Uniform.class),
                ApplicationClasses.of(FakeInstrumentation.loading(loaded)));
    }

    @Test
    void namesADeepSlotByItsFirstAndLastSteps() {
        Chain.head = Chain.of(40);
        HeapWalk walk = HeapWalk.from(List.of(Chain.class),
                InternalUnsafe.obtain(FakeInstrumentation.loading()));
        assertEquals(40, walk.slots());
        assertEquals("fixtures.heap.Chain.head.value", walk.slot(0).path());
        assertEquals("fixtures.heap.Chain.head.next.next..(26 steps).." + ".next".repeat(11) + ".value",
                walk.slot(39).path());
    }

    @Test
    void stopsAtItsBoundAndSaysSo() {
        Chain.Link[] links = new Chain.Link[HeapWalk.MAX_OBJECTS + 50_000];
        Arrays.setAll(links, i -> new Chain.Link());
        Chain.anything = links;
        HeapWalk walk = HeapWalk.from(List.of(Chain.class),
                InternalUnsafe.obtain(FakeInstrumentation.loading()));
        assertTrue(walk.bounded());
        assertEquals(HeapWalk.MAX_OBJECTS - 1, walk.objects());
        String description = HeapBitFlip.flip(FakeInstrumentation.loading(Chain.class), new SplittableRandom(9));
        assertTrue(description.endsWith(", the walk stopped at its bound)"), description);
    }

    /** With java.util and java.lang opened, as the replica's agent opens them, collections are walked too. */
    @Test
    void walksAFewHundredThousandObjectsQuickly() {
        Map<Integer, long[]> map = new HashMap<>();
        // Keys beyond the Integer cache: a flip in a cached Integer would reach the whole test JVM.
        for (int i = 1000; i < 61_000; i++) {
            map.put(i, new long[] {i});
        }
        Chain.anything = map;
        Instrumentation chain = FakeInstrumentation.loading(Chain.class);
        RandomGenerator random = new SplittableRandom(13);
        HeapBitFlip.flip(chain, random);
        long start = System.nanoTime();
        String description = HeapBitFlip.flip(chain, random);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("heap flip over " + description.substring(description.lastIndexOf("(one of"))
                + " took " + millis + " ms: " + description);
        assertTrue(description.startsWith("fixtures.heap.Chain.anything."), description);
        assertTrue(millis < 5_000, millis + " ms");
    }

    private static int[] ringValues() {
        return new int[] {Ring.FIRST.value, Ring.FIRST.next.value, Ring.FIRST.next.next.value};
    }

    /** Every primitive slot of AllPrimitives, by the path the description uses, as raw bits. */
    private static Map<String, Long> snapshot() throws IllegalAccessException {
        Map<String, Long> slots = new TreeMap<>();
        for (Field field : AllPrimitives.class.getDeclaredFields()) {
            boolean isStatic = Modifier.isStatic(field.getModifiers());
            String path = AllPrimitives.class.getName() + (isStatic ? "." : ".INSTANCE.") + field.getName();
            Object owner = isStatic ? null : AllPrimitives.INSTANCE;
            if (field.getType().isPrimitive()) {
                slots.put(path, PrimitiveKind.of(field.getType()).read(field, owner));
            } else if (field.getType().getComponentType() != null
                    && field.getType().getComponentType().isPrimitive()) {
                Object array = field.get(owner);
                PrimitiveKind kind = PrimitiveKind.of(field.getType().getComponentType());
                for (int i = 0; i < Array.getLength(array); i++) {
                    slots.put(path + "[" + i + "]", kind.read(array, i));
                }
            }
        }
        return slots;
    }
}
