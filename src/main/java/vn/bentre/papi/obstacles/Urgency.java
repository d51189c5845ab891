package vn.bentre.papi.obstacles;

/** How soon an obstacle needs an answer; an urgent one gets shorter due dates at every step. */
public enum Urgency {
    NORMAL("Bình thường"),
    URGENT("Khẩn");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
