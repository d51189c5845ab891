package vn.bentre.papi.reporting;

import vn.bentre.papi.platform.RejectedInputException;

/**
 * Input for a report, a consolidation or a reporting period, refused with a message in Vietnamese
 * (see {@link RejectedInputException}).
 */
class ReportInputException extends RejectedInputException {

    ReportInputException(String message) {
        super(message);
    }
}
