package vn.bentre.papi.dashboard;

import java.util.List;

/**
 * {@code GET /api/dashboard} and {@code GET /api/dashboard/sections}: who is looking, when, where
 * to go from here, and the sections (loaded, or only {@code id} and {@code title} in the index).
 */
record DashboardView(String title, Viewer viewer, String generatedAt, List<Link> links, List<SectionView> sections) {

    static final String TITLE = "Bảng theo dõi Kế hoạch PAPI tỉnh Bến Tre";
}
