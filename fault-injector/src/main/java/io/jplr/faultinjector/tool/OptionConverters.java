package io.jplr.faultinjector.tool;

import io.jplr.faultinjector.FaultModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The command line's own value types, rejected at parse time (exit 2) with the values that would do. */
final class OptionConverters {
    /** What {@code inject --fault} takes besides the models: a model, replica and point all drawn at random. */
    static final String RANDOM = "random";

    private OptionConverters() {
    }

    /** {@code 500ms}, {@code 2s}, {@code 1m}. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code off}, {@code DMR}, {@code TMR}, in any case. */
    static final class ModeConverter implements ITypeConverter<ProtectionMode> {
        @Override
        public ProtectionMode convert(String value) {
            return ProtectionMode.ofWord(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a mode: off, DMR or TMR"));
        }
    }

    /** The models a campaign measures: every one but {@code slow}, which delays and corrupts nothing. */
    static final class CampaignModelConverter implements ITypeConverter<FaultModel> {
        @Override
        public FaultModel convert(String value) {
            return FaultModel.ofWord(value.toLowerCase(Locale.ROOT))
                    .filter(model -> model != FaultModel.SLOW)
                    .orElseThrow(() -> new TypeConversionException(
                            "'" + value + "' is not a campaign model: " + String.join(", ", campaignModels())));
        }
    }

    /** The fault models' words and {@code random}. */
    static final class InjectFaultConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String word = value.toLowerCase(Locale.ROOT);
            if (!injectFaults().contains(word)) {
                throw new TypeConversionException(
                        "'" + value + "' is not a fault: " + String.join(", ", injectFaults()));
            }
            return word;
        }
    }

    /** For the help's list of campaign models. */
    static final class CampaignModels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return campaignModels().iterator();
        }
    }

    /** For the help's list of faults. */
    static final class InjectFaults implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return injectFaults().iterator();
        }
    }

    static List<String> campaignModels() {
        return Arrays.stream(FaultModel.values()).filter(model -> model != FaultModel.SLOW).map(FaultModel::word)
                .collect(Collectors.toList());
    }

    static List<String> injectFaults() {
        List<String> faults = new ArrayList<>();
        for (FaultModel model : FaultModel.values()) {
            faults.add(model.word());
        }
        faults.add(RANDOM);
        return faults;
    }
}
