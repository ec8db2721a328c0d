package io.jplr.test.corpus;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** ObjectOutputStream/ObjectInputStream over files: objects, records, arrays; not serializable, garbage, EOF. */
public final class ObjectStreams {
    record Point(int x, int y, String label) implements Serializable {
    }

    public static void main(String[] args) throws Exception {
        TreeMap<String, Integer> map = new TreeMap<>();
        map.put("one", 1);
        map.put("two", 2);
        List<Object> list = new ArrayList<>(List.of("a", 1, 2.5));
        try (ObjectOutputStream out = new ObjectOutputStream(new FileOutputStream("objects.ser"))) {
            out.writeObject("a string");
            out.writeObject(map);
            out.writeObject(list);
            out.writeObject(new int[] {3, 1, 4, 1, 5});
            out.writeObject(new Point(1, 2, "p"));
            out.writeInt(77);
            out.writeObject(list);
        }
        System.out.println("written " + Files.size(Path.of("objects.ser")) + " bytes");
        try (ObjectInputStream in = new ObjectInputStream(new FileInputStream("objects.ser"))) {
            System.out.println(in.readObject());
            System.out.println(in.readObject());
            Object first = in.readObject();
            System.out.println(first);
            System.out.println(Arrays.toString((int[]) in.readObject()));
            System.out.println(in.readObject());
            System.out.println(in.readInt());
            System.out.println("shared reference kept " + (in.readObject() == first));
            show("past the end", in::readObject);
        }
        show("not serializable", () -> {
            try (ObjectOutputStream out = new ObjectOutputStream(new FileOutputStream("bad.ser"))) {
                out.writeObject(new Object());
                return "written";
            }
        });
        System.out.println("bad.ser size " + Files.size(Path.of("bad.ser")));
        Files.writeString(Path.of("garbage.ser"), "not a stream");
        show("garbage", () -> new ObjectInputStream(new FileInputStream("garbage.ser")));
        Files.write(Path.of("empty.ser"), new byte[0]);
        show("empty", () -> new ObjectInputStream(new FileInputStream("empty.ser")));
        show("missing", () -> new ObjectInputStream(new FileInputStream("missing.ser")));
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            if (result instanceof AutoCloseable) {
                ((AutoCloseable) result).close();
                result = "opened";
            }
            System.out.println(label + ": " + result);
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
