package org.residencedesk.service.register;

/**
 * An employer as typed at the window or read from a spreadsheet row; the field ids are the component names.
 *
 * @param creditCode   统一社会信用代码, 18 characters (GB 32100-2015), required
 * @param divisionCode where it is (any known division code: county, township, community or village)
 * @param industry     行业, free text, may be blank
 */
public record EmployerForm(String creditCode, String name, String divisionCode, String addressDetail,
                           String contactName, String contactPhone, String industry) {
    public static final java.util.List<String> FIELDS = java.util.List.of("creditCode", "name", "divisionCode",
            "addressDetail", "contactName", "contactPhone", "industry");
}
