package samples;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import samples.io.CatSample;
import samples.io.ClockSample;
import samples.io.EchoClientSample;
import samples.io.ExitSample;
import samples.io.FilesSample;
import samples.io.MappedAccessSample;
import samples.io.MappedExchangeSample;
import samples.io.MappedPeerSample;
import samples.io.HaltSample;
import samples.io.HttpFileServerSample;
import samples.io.IdentitySample;
import samples.io.LinesSample;
import samples.io.NondeterminismSample;
import samples.io.TasksSample;
import samples.io.ThreadsSample;
import samples.io.ThrowSample;
import samples.workloads.AdpcmSample;
import samples.workloads.BasicMathSample;
import samples.workloads.BitCountSample;
import samples.workloads.BlowfishSample;
import samples.workloads.Crc32Sample;
import samples.workloads.DijkstraSample;
import samples.workloads.FftSample;
import samples.workloads.JpegDctSample;
import samples.workloads.PatriciaSample;
import samples.workloads.QuickSortSample;
import samples.workloads.ShaSample;
import samples.workloads.StringSearchSample;
import samples.workloads.SusanSample;

/** The one place that knows every sample. Explicit on purpose: no classpath scanning. */
public final class SampleRegistry {

    private static final SortedMap<String, Sample> BY_NAME = build(
            new BitCountSample(),
            new QuickSortSample(),
            new BasicMathSample(),
            new Crc32Sample(),
            new ShaSample(),
            new DijkstraSample(),
            new StringSearchSample(),
            new SusanSample(),
            new JpegDctSample(),
            new PatriciaSample(),
            new BlowfishSample(),
            new FftSample(),
            new AdpcmSample(),
            new CatSample(),
            new LinesSample(),
            new ExitSample(),
            new HaltSample(),
            new ThrowSample(),
            new NondeterminismSample(),
            new IdentitySample(),
            new ThreadsSample(),
            new TasksSample(),
            new ClockSample(),
            new HttpFileServerSample(),
            new EchoClientSample(),
            new FilesSample(),
            new MappedExchangeSample(),
            new MappedAccessSample(),
            new MappedPeerSample());

    private SampleRegistry() {
    }

    private static SortedMap<String, Sample> build(Sample... samples) {
        SortedMap<String, Sample> map = new TreeMap<>();
        for (Sample sample : samples) {
            if (map.put(sample.name(), sample) != null) {
                throw new IllegalStateException("duplicate sample name " + sample.name());
            }
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /** All samples, sorted by name. */
    public static Collection<Sample> all() {
        return BY_NAME.values();
    }

    public static Optional<Sample> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
