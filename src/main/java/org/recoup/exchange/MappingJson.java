package org.recoup.exchange;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.recoup.domain.Product;
import org.recoup.domain.UserInputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A mapping as JSON: how it is kept per client in the database and how {@code recoup import
 * --mapping FILE} reads it.
 *
 * <pre>
 * {
 *   "columns": { "客户姓名": "name", "手机号": "mobilePhone", "身份证号": null,
 *                "借据号": "reference", "欠款金额": "principal", "逾期日期": "delinquencyDate" },
 *   "dateOrder": "DMY",            // or "MDY"; how 01/02/2026 is read
 *   "decimalSeparator": ".",       // or ","
 *   "defaultCurrency": "CNY",      // for rows without a currency
 *   "defaultCountry": "CN",        // for addresses without a country
 *   "defaultProduct": "LOAN",      // CREDIT_CARD, LOAN, INVOICE or OTHER
 *   "onDuplicate": "skip"          // skip, update or reject
 * }
 * </pre>
 *
 * Only {@code columns} is required; a column of the file the mapping does not name is ignored.
 */
public final class MappingJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MappingJson() {
    }

    public static String write(Mapping mapping) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode columns = root.putObject("columns");
        mapping.columns().forEach((column, field) -> {
            if (field == null) {
                columns.putNull(column);
            } else {
                columns.put(column, field.key());
            }
        });
        if (mapping.dateOrder() != null) {
            root.put("dateOrder", mapping.dateOrder().name());
        } else {
            root.putNull("dateOrder");
        }
        root.put("decimalSeparator", mapping.decimalSeparatorText());
        root.put("defaultCurrency", mapping.defaultCurrency());
        root.put("defaultCountry", mapping.defaultCountry());
        root.put("defaultProduct", mapping.defaultProduct().name());
        root.put("onDuplicate", mapping.onDuplicate().key());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a mapping.
     *
     * @param source names the mapping in messages ("mapping.json")
     * @throws UserInputException saying what is wrong, naming {@code source}
     */
    public static Mapping read(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UserInputException(source + ": is not JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new UserInputException(source + ": must be a JSON object with \"columns\"");
        }
        JsonNode columnsNode = root.get("columns");
        if (columnsNode == null || !columnsNode.isObject()) {
            throw new UserInputException(source + ": needs \"columns\": {\"column header\": \"field\", ...}; fields: "
                    + Field.keys());
        }
        Map<String, Field> columns = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = columnsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = e.getValue();
            if (value == null || value.isNull() || (value.isTextual() && (value.asText().isBlank()
                    || value.asText().equalsIgnoreCase("ignore")))) {
                columns.put(e.getKey().trim(), null);
            } else if (value.isTextual()) {
                Field field = Field.byKey(value.asText()).orElseThrow(() -> new UserInputException(source + ": column '"
                        + e.getKey() + "': '" + value.asText() + "' is not a field; fields: " + Field.keys()));
                columns.put(e.getKey().trim(), field);
            } else {
                throw new UserInputException(source + ": column '" + e.getKey() + "' must name a field or be null");
            }
        }
        try {
            DateOrder order = null;
            String orderText = text(root, "dateOrder");
            if (orderText != null) {
                try {
                    order = DateOrder.valueOf(orderText.trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    throw new UserInputException("dateOrder: '" + orderText + "' is not DMY or MDY");
                }
            }
            String separator = text(root, "decimalSeparator");
            if (separator != null && separator.length() != 1) {
                throw new UserInputException("decimalSeparator: must be \".\" or \",\"");
            }
            Product product = null;
            String productText = text(root, "defaultProduct");
            if (productText != null) {
                try {
                    product = Product.valueOf(productText.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
                } catch (IllegalArgumentException ex) {
                    throw new UserInputException("defaultProduct: '" + productText + "' is not one of CREDIT_CARD, LOAN,"
                            + " INVOICE, OTHER");
                }
            }
            String duplicate = text(root, "onDuplicate");
            return new Mapping(columns, order, separator == null ? '.' : separator.charAt(0),
                    text(root, "defaultCurrency"), text(root, "defaultCountry"), product,
                    duplicate == null ? DuplicatePolicy.SKIP : DuplicatePolicy.parse(duplicate));
        } catch (UserInputException e) {
            throw new UserInputException(source + ": " + e.getMessage().replaceFirst("^mapping: ", ""));
        }
    }

    private static String text(JsonNode root, String name) {
        JsonNode node = root.get(name);
        return node == null || node.isNull() ? null : node.asText();
    }
}
