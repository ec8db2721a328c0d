package io.jplr.faultinjector;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the heap walk sees of a class: whether to walk into its instances, which of their fields it can read
 * (references, followed) and write (primitives, the candidates), and, for an application class, the same of
 * its static fields. Computed once per class: kept in a {@link ClassValue}, which unlike a map keyed by the
 * class draws no identity hash code from the class object.
 */
final class ClassLayout {
    /**
     * Objects the walk does not enter: they lead into the JDK's or jPLR's own world (class loaders reach every
     * class, threads every stack's locals), not into the application's data.
     */
    private static final List<Class<?>> OPAQUE = List.of(Class.class, ClassLoader.class, Thread.class,
            ThreadGroup.class, Module.class, ModuleLayer.class, AccessibleObject.class, Parameter.class,
            RecordComponent.class, MethodHandle.class, MethodType.class, VarHandle.class, CallSite.class,
            MethodHandles.Lookup.class, ProtectionDomain.class, ClassValue.class);
    private static final Field[] NONE = {};

    private static final ClassValue<ClassLayout> LAYOUTS = new ClassValue<>() {
        @Override
        protected ClassLayout computeValue(Class<?> type) {
            return compute(type);
        }
    };

    /** Whether the walk enters instances of the class. */
    final boolean walkable;
    /** For a primitive array class, its elements' kind; null otherwise. */
    final PrimitiveKind elementKind;
    final boolean objectArray;
    /** Readable instance fields of reference type, the superclasses' included. */
    final Field[] references;
    /** Writable instance fields of primitive type, the superclasses' included: candidates. */
    final Field[] primitives;
    /** Readable static fields of reference type: roots, for an application class. */
    final Field[] staticReferences;
    /** Writable static fields of primitive type ({@code static final} excluded): candidates. */
    final Field[] staticPrimitives;

    private ClassLayout(boolean walkable, PrimitiveKind elementKind, boolean objectArray, Field[] references,
            Field[] primitives, Field[] staticReferences, Field[] staticPrimitives) {
        this.walkable = walkable;
        this.elementKind = elementKind;
        this.objectArray = objectArray;
        this.references = references;
        this.primitives = primitives;
        this.staticReferences = staticReferences;
        this.staticPrimitives = staticPrimitives;
    }

    static ClassLayout of(Class<?> type) {
        return LAYOUTS.get(type);
    }

    /** The number of candidate slots in {@code object}, whose class is walkable. */
    long slots(Object object) {
        if (elementKind != null) {
            return Array.getLength(object);
        }
        return primitives.length;
    }

    private static ClassLayout compute(Class<?> type) {
        boolean walkable = isWalkable(type);
        if (type.isArray()) {
            Class<?> component = type.getComponentType();
            return new ClassLayout(walkable, component.isPrimitive() ? PrimitiveKind.of(component) : null,
                    !component.isPrimitive(), NONE, NONE, NONE, NONE);
        }
        if (type.isPrimitive()) {
            return new ClassLayout(false, null, false, NONE, NONE, NONE, NONE);
        }
        List<Field> references = new ArrayList<>();
        List<Field> primitives = new ArrayList<>();
        List<Field> staticReferences = new ArrayList<>();
        List<Field> staticPrimitives = new ArrayList<>();
        Class<?> superclass = type.getSuperclass();
        if (superclass != null) {
            ClassLayout inherited = of(superclass);
            references.addAll(Arrays.asList(inherited.references));
            primitives.addAll(Arrays.asList(inherited.primitives));
        }
        // Reflection sets a final field only if it is an instance field of a class neither hidden (a lambda's
        // captured values) nor a record; javac inlines static final constants anyway.
        boolean finalsSettable = !type.isRecord() && !type.isHidden();
        Field[] declared;
        try {
            declared = type.getDeclaredFields();
        } catch (LinkageError | RuntimeException e) {
            // A field's type that cannot be loaded: the class's own fields stay out of reach.
            declared = NONE;
        }
        for (Field field : declared) {
            int modifiers = field.getModifiers();
            boolean isStatic = Modifier.isStatic(modifiers);
            boolean primitive = field.getType().isPrimitive();
            if (primitive && Modifier.isFinal(modifiers) && (isStatic || !finalsSettable)) {
                continue;
            }
            if (!accessible(field)) {
                continue;
            }
            (isStatic ? primitive ? staticPrimitives : staticReferences : primitive ? primitives : references)
                    .add(field);
        }
        return new ClassLayout(walkable, null, false, references.toArray(NONE), primitives.toArray(NONE),
                staticReferences.toArray(NONE), staticPrimitives.toArray(NONE));
    }

    private static boolean isWalkable(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (JplrPackages.contains(element.getName())) {
            return false;
        }
        for (Class<?> opaque : OPAQUE) {
            if (opaque.isAssignableFrom(type)) {
                return false;
            }
        }
        return true;
    }

    /** JDK internals not opened to jPLR refuse: their fields are simply out of the walk's reach. */
    private static boolean accessible(Field field) {
        try {
            return field.trySetAccessible();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
