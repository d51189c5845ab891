package vn.bentre.papi.dashboard;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One section as the API returns it: id and title, then either the content's fields (kind, labels,
 * series, …) or {@code error}, a Vietnamese message for users.
 */
record SectionView(String id, String title, @JsonUnwrapped SectionContent content, String error) {

    static SectionView loaded(DashboardSection section, SectionContent content) {
        return new SectionView(section.id(), section.title(), content, null);
    }

    static SectionView failed(DashboardSection section, String error) {
        return new SectionView(section.id(), section.title(), null, error);
    }
}
