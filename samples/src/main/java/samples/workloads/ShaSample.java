package samples.workloads;

import java.io.PrintStream;
import java.util.Locale;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench security/sha: SHA-1 digests, printed as five hex words like the original. The inputs
 * are generated: short messages around the 64-byte block and padding boundaries, then long
 * messages fed in odd-sized chunks so that the buffering path is exercised.
 */
public final class ShaSample implements Sample {

    private static final long SEED = 0x05AA_0001L;
    private static final int[] SHORT_LENGTHS = {0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000};
    /** Deliberately not a multiple of 64. */
    private static final int CHUNK = 4099;

    @Override
    public String name() {
        return "sha";
    }

    @Override
    public Category category() {
        return Category.SECURITY;
    }

    @Override
    public String description() {
        return "hand-written SHA-1 over generated messages (MiBench sha)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        XorShift64 random = new XorShift64(SEED);
        for (int length : SHORT_LENGTHS) {
            byte[] message = new byte[length];
            random.nextBytes(message);
            Sha1 sha = new Sha1();
            sha.update(message);
            print(out, sha.digestWords(), length);
        }
        int longMessages = size.pick(4, 12);
        int longLength = size.pick(64 * 1024 + 17, 30 * 1024 * 1024 + 17);
        byte[] chunk = new byte[CHUNK];
        for (int m = 0; m < longMessages; m++) {
            Sha1 sha = new Sha1();
            for (int done = 0; done < longLength; done += CHUNK) {
                random.nextBytes(chunk);
                sha.update(chunk, 0, Math.min(CHUNK, longLength - done));
            }
            print(out, sha.digestWords(), longLength);
        }
    }

    private static void print(PrintStream out, int[] words, int length) {
        out.println(String.format(Locale.ROOT, "%08x %08x %08x %08x %08x %9d bytes",
                words[0], words[1], words[2], words[3], words[4], length));
    }
}
