package art.equilibria.plot;

import java.awt.Color;

/** One line of a chart: values by training step. */
public record Series(String name, Color colour, double[] steps, double[] values) {}
