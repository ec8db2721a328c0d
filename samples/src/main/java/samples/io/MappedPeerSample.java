package samples.io;

import java.io.PrintStream;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * The other end of {@code mapped-exchange}: watches the request slot of the mapped file and answers every
 * request it sees there, printing each one as it sees it (a request seen twice, skipped or out of order would
 * show in what it prints), until the end mark.
 */
public final class MappedPeerSample implements Sample {

    @Override
    public String name() {
        return "mapped-peer";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "answers mapped-exchange's requests in a memory-mapped file, printing each (args: FILE)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: mapped-peer [small|large] FILE");
        }
        MappedByteBuffer file = MappedExchange.map(Path.of(args[0]));
        int seen = 0;
        while (true) {
            int number = file.getInt(MappedExchange.REQUEST_NUMBER);
            if (number == MappedExchange.END) {
                out.println("end");
                return;
            }
            if (number == seen) {
                LockSupport.parkNanos(50_000);
                continue;
            }
            long value = file.getLong(MappedExchange.REQUEST_VALUE);
            out.println("request " + number + " " + Long.toHexString(value));
            seen = number;
            file.putLong(MappedExchange.ANSWER_VALUE, MappedExchange.answer(value));
            file.putInt(MappedExchange.ANSWER_NUMBER, number);
        }
    }
}
