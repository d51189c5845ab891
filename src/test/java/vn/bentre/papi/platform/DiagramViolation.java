package vn.bentre.papi.platform;

/**
 * One broken house rule: the diagram file, the element, the rule (a short key such as
 * {@code overlap}) and what is wrong in words an administrator can act on.
 */
record DiagramViolation(String file, String elementId, String rule, String message) {

    @Override
    public String toString() {
        return file + " › " + elementId + " [" + rule + "]: " + message;
    }
}
