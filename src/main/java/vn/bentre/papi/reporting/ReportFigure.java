package vn.bentre.papi.reporting;

/**
 * Figures the plan's measures imply (procedures-2, procedures-4, corruption-3, accountability-1),
 * asked in every report and summed by the consolidations. The key is the form field.
 */
enum ReportFigure {

    ONLINE_SERVICES("onlineServicesLevel34", "Dịch vụ công trực tuyến mức độ 3, 4 đang cung cấp"),
    SATISFACTION_SURVEYS("satisfactionSurveys", "Cuộc khảo sát mức độ hài lòng của người dân đã thực hiện"),
    CITIZENS_RECEIVED("citizensReceived", "Lượt tiếp công dân"),
    COMPLAINTS_RESOLVED("complaintsResolved", "Đơn khiếu nại, tố cáo đã giải quyết");

    private final String key;
    private final String label;

    ReportFigure(String key, String label) {
        this.key = key;
        this.label = label;
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }
}
