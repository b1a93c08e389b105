package art.equilibria.piece;

/** Adam settings shared by every network (the artwork: lr 0.01, betas 0 and 0.99). */
public record Optimiser(double lr, double beta1, double beta2, double epsilon) {}
