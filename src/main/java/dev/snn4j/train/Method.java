package dev.snn4j.train;

import dev.snn4j.CliEnum;

/** The training method: plain cross-entropy, or Temporal Reversed Training. */
public enum Method implements CliEnum {
    BASELINE,
    TRT;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    public static Method parse(String text) {
        return CliEnum.parse(Method.class, "--method", text);
    }
}
