package samples.workloads;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench office/stringsearch (pbmsrch): searches a list of patterns with Boyer-Moore-Horspool
 * and reports, for each, whether and where it occurs. Instead of the original's fixed sentence
 * list, the text is generated from a random vocabulary; half of the patterns are cut from the
 * text (so they are found) and half are fresh random words (so most are not). All occurrences
 * are counted, which makes every search scan the whole text.
 */
public final class StringSearchSample implements Sample {

    private static final long SEED = 0x5EA2_C4EDL;
    private static final int VOCABULARY = 2000;

    @Override
    public String name() {
        return "stringsearch";
    }

    @Override
    public Category category() {
        return Category.OFFICE;
    }

    @Override
    public String description() {
        return "Boyer-Moore-Horspool search of patterns in generated text (MiBench stringsearch)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        XorShift64 random = new XorShift64(SEED);
        byte[] text = generateText(random, size.pick(64 * 1024, 12 * 1024 * 1024));
        int patterns = size.pick(60, 200);
        out.println("text: " + text.length + " bytes, patterns: " + patterns);
        int found = 0;
        for (int p = 0; p < patterns; p++) {
            String pattern = p % 2 == 0 ? cutFrom(text, random) : random.nextWord(5, 9);
            HorspoolSearch search = new HorspoolSearch(pattern.getBytes(StandardCharsets.US_ASCII));
            int first = search.indexOf(text, 0);
            if (first < 0) {
                out.println("\"" + pattern + "\" is not in the text");
                continue;
            }
            found++;
            int count = 0;
            for (int at = first; at >= 0; at = search.indexOf(text, at + 1)) {
                count++;
            }
            out.println("\"" + pattern + "\" is in the text at " + first + " (" + count + " occurrences)");
        }
        out.println(found + " of " + patterns + " patterns found");
    }

    /** Space-separated words drawn from a random vocabulary, exactly {@code length} bytes. */
    private static byte[] generateText(XorShift64 random, int length) {
        String[] vocabulary = new String[VOCABULARY];
        for (int i = 0; i < VOCABULARY; i++) {
            vocabulary[i] = random.nextWord(2, 10);
        }
        byte[] text = new byte[length];
        int pos = 0;
        while (pos < length) {
            String word = vocabulary[random.nextInt(VOCABULARY)];
            for (int i = 0; i < word.length() && pos < length; i++) {
                text[pos++] = (byte) word.charAt(i);
            }
            if (pos < length) {
                text[pos++] = ' ';
            }
        }
        return text;
    }

    /** A piece of the text of 4..24 bytes, trimmed of spaces at its ends. */
    private static String cutFrom(byte[] text, XorShift64 random) {
        int length = 4 + random.nextInt(21);
        int start = random.nextInt(text.length - length);
        String piece = new String(text, start, length, StandardCharsets.US_ASCII).strip();
        return piece.isEmpty() ? "a" : piece;
    }
}
