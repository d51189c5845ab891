package vn.bentre.papi.organisation;

/**
 * One unit of the organisation. Its officials form the Camunda group {@link #officialsGroupId()},
 * its head and deputies the group {@link #leadersGroupId()}.
 *
 * @param code  the General Statistics Office code for districts and communes, else null
 * @param kind  the administrative kind as written in Vietnamese ("Xã", "Phường", "Thị trấn",
 *              "Huyện", "Thành phố"), else null
 */
public record Unit(String id, String name, UnitLevel level, String parentId, String reviewerId, String code, String kind) {

    static final String LEADERS_SUFFIX = "-lanh-dao";

    public String officialsGroupId() {
        return id;
    }

    public String leadersGroupId() {
        return id + LEADERS_SUFFIX;
    }
}
