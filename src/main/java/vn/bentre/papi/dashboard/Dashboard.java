package vn.bentre.papi.dashboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The sections, in their {@code @Order}, loaded one by one for a viewer. A section that throws is
 * reported as its own error (logged with a short reference the message repeats); the others load.
 */
@Service
class Dashboard {

    private static final Logger log = LoggerFactory.getLogger(Dashboard.class);
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<DashboardSection> sections;
    private final CamundaLinks links;

    Dashboard(List<DashboardSection> sections, CamundaLinks links) {
        Set<String> ids = new HashSet<>();
        for (DashboardSection section : sections) {
            if (!ID.matcher(section.id()).matches() || !ids.add(section.id())) {
                throw new IllegalStateException("Mục bảng theo dõi '" + section.id() + "' (" + section.getClass().getName()
                    + "): id phải là chữ thường, số và gạch nối, không trùng (dashboard section ids must be unique kebab-case)");
            }
        }
        this.sections = List.copyOf(sections);
        this.links = links;
    }

    List<DashboardSection> sections() {
        return sections;
    }

    Optional<DashboardSection> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    SectionView load(DashboardSection section, Viewer viewer) {
        try {
            return SectionView.loaded(section, section.load(viewer));
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Mục '{}' của bảng theo dõi không tải được cho {} (mã lỗi {})", section.id(), viewer.userId(), reference, e);
            return SectionView.failed(section, "Không tải được số liệu của mục này (mã lỗi " + reference
                + "). Các mục khác không bị ảnh hưởng; vui lòng tải lại sau ít phút hoặc báo quản trị hệ thống.");
        }
    }

    DashboardView all(Viewer viewer) {
        return view(viewer, sections.stream().map(section -> load(section, viewer)).toList());
    }

    DashboardView index(Viewer viewer) {
        return view(viewer, sections.stream().map(s -> new SectionView(s.id(), s.title(), null, null)).toList());
    }

    private DashboardView view(Viewer viewer, List<SectionView> views) {
        List<Link> apps = new ArrayList<>();
        apps.add(new Link("Tasklist", links.tasklist()));
        if (viewer.cockpit()) {
            apps.add(new Link("Cockpit", links.cockpitProcesses()));
        }
        return new DashboardView(DashboardView.TITLE, viewer, DashboardFormat.dateTime(DashboardFormat.now()), apps, views);
    }
}
