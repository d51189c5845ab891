package vn.bentre.papi.dashboard;

/**
 * A link the page shows under a section, or in a table cell instead of plain text.
 *
 * @param href a path of this application (see {@link CamundaLinks}) or an absolute URL
 */
public record Link(String label, String href) {
}
