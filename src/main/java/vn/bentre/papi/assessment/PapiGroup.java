package vn.bentre.papi.assessment;

/** The four groups PAPI ranks provinces into, for each dimension and overall. */
public enum PapiGroup {
    HIGHEST("Cao nhất"),
    HIGH_AVERAGE("Trung bình cao"),
    LOW_AVERAGE("Trung bình thấp"),
    LOWEST("Thấp nhất");

    private final String label;

    PapiGroup(String label) {
        this.label = label;
    }

    /** The Vietnamese name, as PAPI reports write it. */
    public String label() {
        return label;
    }

    /** The group by id, or null when the id is not one (null included). */
    static PapiGroup parse(String id) {
        if (id == null) {
            return null;
        }
        for (PapiGroup group : values()) {
            if (group.name().equals(id.trim())) {
                return group;
            }
        }
        return null;
    }
}
