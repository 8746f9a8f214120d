package org.residencedesk.bench;

/**
 * One line of bench/results.json: the product's sample, the floor measured in the same run, their ratio
 * (product median / floor median; for throughputs floor / product, so above 1 is always "slower than the
 * floor") and whether the target is met; or, for a figure not reached, only the reason.
 */
public record Figure(String id, String title, String unit, Sample product, String target, String floorTitle,
                     Sample floor, Double ratio, Boolean meets, String notMeasured, String note) {

    public static Figure measured(String id, String title, String unit, Sample product, Target target,
                                  String floorTitle, Sample floor, boolean higherIsBetter, String note) {
        Double ratio = floor == null ? null
                : higherIsBetter ? floor.median() / product.median() : product.median() / floor.median();
        return new Figure(id, title, unit, product, target.text(), floorTitle, floor, ratio,
                target.hasBounds() ? target.metBy(product, ratio) : null, null, note);
    }

    public static Figure notMeasured(String id, String title, String target, String reason) {
        return new Figure(id, title, null, null, target, null, null, null, null, reason, null);
    }

    public boolean isMeasured() {
        return notMeasured == null;
    }
}
