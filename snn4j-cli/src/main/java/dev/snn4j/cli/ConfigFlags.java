/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.config.TrainConfig;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The bridge between a command's flags and {@link TrainConfig}'s keys: flag {@code --batch-size} is
 * key {@code batch_size}. Flags become a config through the same JSON conversion and checks as a
 * config file, and messages the library writes in keys ("batch_size: expected ...") are shown with
 * the command's flags ("--batch-size: expected ...").
 */
final class ConfigFlags {

    /** A setting named in a library message: `key` in backticks, or a snake_case key with an underscore. */
    private static final Pattern KEY = Pattern.compile("`([a-z][a-z0-9_]*)`|(?<![\\w./-])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\\w/-])");
    /** A key opening a message: "batch_size: ..." or "data /x/y: ...". */
    private static final Pattern LEADING = Pattern.compile("^([a-z][a-z0-9_]*)(?=[: ])");

    private ConfigFlags() {}

    /** The config key of a flag: {@code --batch-size} is {@code batch_size}, {@code -T}/{@code --timesteps} is {@code timesteps}. */
    static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^--?", "").replace('-', '_');
    }

    /** The option of {@code spec} whose key is {@code key}. */
    static Optional<OptionSpec> option(CommandSpec spec, String key) {
        return spec.options().stream().filter(o -> key(o).equals(key)).findFirst();
    }

    /**
     * The config of {@code base} (a settings file, or the command's defaults) with the flags given
     * on the command line on top; without a base, every config flag's value (given or default) counts.
     */
    static TrainConfig toConfig(CommandSpec spec, TrainConfig base, ParseResult given) {
        ObjectNode node = base == null ? Json.mapper().createObjectNode() : base.toJson();
        List<String> keys = TrainConfig.keys();
        for (OptionSpec option : spec.options()) {
            String key = key(option);
            if (keys.contains(key) && (base == null || given.hasMatchedOption(option))) {
                node.set(key, Json.mapper().valueToTree(option.getValue()));
            }
        }
        return usageChecked(spec, () -> TrainConfig.fromJson(node, null));
    }

    /** The flags of {@code spec} given on the command line that are config settings. */
    static List<String> givenSettings(CommandSpec spec, ParseResult given) {
        return given.matchedOptions().stream()
                .filter(o -> spec.options().contains(o) && TrainConfig.keys().contains(key(o)))
                .map(OptionSpec::longestName)
                .toList();
    }

    /** Builds a value from flags; an invalid value is a usage error (exit code 2) naming the flag. */
    static <T> T usageChecked(CommandSpec spec, Supplier<T> build) {
        try {
            return build.get();
        } catch (Snn4jException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), inFlags(spec, e.getMessage()));
        }
    }

    /**
     * A library message in the command's terms: the key that opens it, keys in backticks and keys
     * with an underscore become the flags of {@code spec} they belong to ("trt_reverse_at: expected 1
     * with `trt_reverse` input" becomes "--trt-reverse-at: expected 1 with --trt-reverse input");
     * words that are no flag of the command stay as they are.
     */
    static String inFlags(CommandSpec spec, String message) {
        if (message == null) {
            return "";
        }
        Matcher lead = LEADING.matcher(message);
        String rest = message;
        String head = "";
        if (lead.find()) {
            Optional<OptionSpec> flag = option(spec, lead.group(1));
            if (flag.isPresent()) {
                head = flag.get().longestName();
                rest = message.substring(lead.end());
            }
        }
        Matcher m = KEY.matcher(rest);
        StringBuilder out = new StringBuilder(head);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<OptionSpec> flag = option(spec, word);
            String plain = m.group(1) != null ? "`" + word + "`" : word;
            m.appendReplacement(out, Matcher.quoteReplacement(flag.map(OptionSpec::longestName).orElse(plain)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
