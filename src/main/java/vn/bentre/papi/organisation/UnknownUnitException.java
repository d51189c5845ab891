package vn.bentre.papi.organisation;

/** A unit id that the organisation does not know. */
public class UnknownUnitException extends RuntimeException {

    public UnknownUnitException(String unitId) {
        super("Không có đơn vị '" + unitId + "' (unknown unit)");
    }
}
