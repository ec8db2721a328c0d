package samples.workloads;

import java.io.PrintStream;
import java.util.Locale;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench automotive/qsort: sorts a list of words. The original calls the C library's qsort on
 * words read from a file; here the words are generated and the quicksort is written out.
 */
public final class QuickSortSample implements Sample {

    private static final long SEED = 0x0051_0A7EL;
    /** Partitions this small are finished by insertion sort. */
    private static final int INSERTION_CUTOFF = 12;
    private static final int SHOWN = 5;

    @Override
    public String name() {
        return "qsort";
    }

    @Override
    public Category category() {
        return Category.AUTOMOTIVE;
    }

    @Override
    public String description() {
        return "quicksort of generated words, CRC of the sorted list (MiBench qsort)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        String[] words = generate(size.pick(10_000, 1_500_000));
        sort(words);

        Crc32 crc = new Crc32();
        boolean sorted = true;
        for (int i = 0; i < words.length; i++) {
            crc.update(words[i]);
            crc.update("\n");
            sorted &= i == 0 || words[i - 1].compareTo(words[i]) <= 0;
        }
        out.println("sorted " + words.length + " words, in order: " + sorted);
        out.println(String.format(Locale.ROOT, "crc32 of sorted list: %08X", crc.value()));
        for (int i = 0; i < SHOWN; i++) {
            out.println("first[" + i + "] " + words[i]);
        }
        for (int i = words.length - SHOWN; i < words.length; i++) {
            out.println("last[" + i + "] " + words[i]);
        }
    }

    static String[] generate(int count) {
        XorShift64 random = new XorShift64(SEED);
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            words[i] = random.nextWord(3, 12);
        }
        return words;
    }

    static void sort(String[] a) {
        quicksort(a, 0, a.length - 1);
    }

    private static void quicksort(String[] a, int lo, int hi) {
        // Recurse into the smaller side and loop on the larger, bounding the stack depth.
        while (hi - lo >= INSERTION_CUTOFF) {
            int p = partition(a, lo, hi);
            if (p - lo < hi - p) {
                quicksort(a, lo, p - 1);
                lo = p + 1;
            } else {
                quicksort(a, p + 1, hi);
                hi = p - 1;
            }
        }
        insertionSort(a, lo, hi);
    }

    /** Median-of-three pivot and Sedgewick-style partition; returns the pivot's final index. */
    private static int partition(String[] a, int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid].compareTo(a[lo]) < 0) {
            swap(a, lo, mid);
        }
        if (a[hi].compareTo(a[lo]) < 0) {
            swap(a, lo, hi);
        }
        if (a[hi].compareTo(a[mid]) < 0) {
            swap(a, mid, hi);
        }
        // Now a[lo] <= a[mid] <= a[hi]; park the pivot next to the end.
        swap(a, mid, hi - 1);
        String pivot = a[hi - 1];
        int i = lo;
        int j = hi - 1;
        while (true) {
            while (a[++i].compareTo(pivot) < 0) {
                // a[hi - 1] is the pivot, so this stops
            }
            while (pivot.compareTo(a[--j]) < 0) {
                // a[lo] <= pivot, so this stops
            }
            if (i >= j) {
                break;
            }
            swap(a, i, j);
        }
        swap(a, i, hi - 1);
        return i;
    }

    private static void insertionSort(String[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            String item = a[i];
            int j = i - 1;
            while (j >= lo && a[j].compareTo(item) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = item;
        }
    }

    private static void swap(String[] a, int i, int j) {
        String t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
