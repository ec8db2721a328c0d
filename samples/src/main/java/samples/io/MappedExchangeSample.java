package samples.io;

import java.io.PrintStream;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * Talks to another process through a memory-mapped file: writes a sequence of values into the file's request
 * slot, one at a time, and waits for the peer ({@code mapped-peer}, started on the same file) to answer each in
 * the answer slot; prints every exchange and a checksum.
 */
public final class MappedExchangeSample implements Sample {

    @Override
    public String name() {
        return "mapped-exchange";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "exchanges values with mapped-peer through a memory-mapped file (args: FILE [COUNT])";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: mapped-exchange [small|large] FILE [COUNT]");
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : size == Size.SMALL ? 50 : 2000;
        MappedByteBuffer file = MappedExchange.map(Path.of(args[0]));
        long value = 0x9E3779B97F4A7C15L;
        long checksum = 0;
        for (int number = 1; number <= count; number++) {
            value ^= value << 13;
            value ^= value >>> 7;
            value ^= value << 17;
            file.putLong(MappedExchange.REQUEST_VALUE, value);
            file.putInt(MappedExchange.REQUEST_NUMBER, number);
            while (file.getInt(MappedExchange.ANSWER_NUMBER) != number) {
                Thread.sleep(1);
            }
            long answer = file.getLong(MappedExchange.ANSWER_VALUE);
            if (answer != MappedExchange.answer(value)) {
                throw new IllegalStateException("exchange " + number + ": the peer answered " + answer + " to "
                        + value);
            }
            checksum = checksum * 1_000_003 + answer;
            out.println(number + " " + Long.toHexString(value) + " -> " + Long.toHexString(answer));
        }
        file.putInt(MappedExchange.REQUEST_NUMBER, MappedExchange.END);
        file.force();
        out.println("checksum " + Long.toHexString(checksum));
    }
}
