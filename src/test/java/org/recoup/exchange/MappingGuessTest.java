package org.recoup.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A first mapping from the headers creditors use, in English and Chinese. */
class MappingGuessTest {

    static Map<String, Field> guess(String... headers) {
        return MappingGuess.guess(List.of(headers), List.of(), null, "CN").columns();
    }

    @Test
    void chineseHeadersMapToTheirFields() {
        assertThat(guess("姓名", "身份证号码", "手机号码", "联系电话", "家庭地址", "邮箱", "合同编号", "欠款金额", "利息金额",
                "滞纳金", "币种", "借款日期", "到期日", "最后还款日期", "委案日期", "产品类型", "案件状态", "备注"))
                .containsEntry("姓名", Field.NAME).containsEntry("身份证号码", null)
                .containsEntry("手机号码", Field.MOBILE_PHONE).containsEntry("联系电话", Field.PHONE)
                .containsEntry("家庭地址", Field.ADDRESS_LINE).containsEntry("邮箱", Field.EMAIL)
                .containsEntry("合同编号", Field.REFERENCE).containsEntry("欠款金额", Field.PRINCIPAL)
                .containsEntry("利息金额", Field.INTEREST).containsEntry("滞纳金", Field.FEES)
                .containsEntry("币种", Field.CURRENCY).containsEntry("借款日期", Field.ORIGINATION_DATE)
                .containsEntry("到期日", Field.DELINQUENCY_DATE).containsEntry("最后还款日期", Field.LAST_PAYMENT_DATE)
                .containsEntry("委案日期", Field.PLACEMENT_DATE).containsEntry("产品类型", Field.PRODUCT)
                .containsEntry("案件状态", Field.STATUS).containsEntry("备注", Field.NOTES);
    }

    @Test
    void englishHeadersMapToTheirFields() {
        assertThat(guess("Account #", "Customer Name", "Cell Phone", "Home Phone", "E-mail", "Street Address",
                "City", "State", "Zip Code", "Principal Balance", "Interest Amount", "Late Fees", "Charge-off Date",
                "Date of Last Payment", "SSN", "Account Status"))
                .containsEntry("Account #", Field.REFERENCE).containsEntry("Customer Name", Field.NAME)
                .containsEntry("Cell Phone", Field.MOBILE_PHONE).containsEntry("Home Phone", Field.HOME_PHONE)
                .containsEntry("E-mail", Field.EMAIL).containsEntry("Street Address", Field.ADDRESS_LINE)
                .containsEntry("City", Field.CITY).containsEntry("State", Field.REGION)
                .containsEntry("Zip Code", Field.POSTAL_CODE).containsEntry("Principal Balance", Field.PRINCIPAL)
                .containsEntry("Interest Amount", Field.INTEREST).containsEntry("Late Fees", Field.FEES)
                .containsEntry("Charge-off Date", Field.CHARGE_OFF_DATE)
                .containsEntry("Date of Last Payment", Field.LAST_PAYMENT_DATE).containsEntry("SSN", null)
                .containsEntry("Account Status", Field.STATUS);
    }

    @Test
    void aFieldIsGuessedForOneColumnOnlyButPhonesMayRepeat() {
        Map<String, Field> columns = guess("本金", "欠款金额", "电话1", "电话2", "客户经理");
        assertThat(columns.values()).filteredOn(f -> f == Field.PRINCIPAL).hasSize(1);
        assertThat(columns).containsEntry("本金", Field.PRINCIPAL).containsEntry("电话1", Field.PHONE)
                .containsEntry("电话2", Field.PHONE).containsEntry("客户经理", null);
    }

    @Test
    void theSavedMappingWinsForTheColumnsItKnows() {
        Mapping saved = Mapping.empty().withColumn("编号", Field.REFERENCE).withColumn("姓名", null)
                .withColumn("中文名", Field.NAME).withDefaultCurrency("CNY");
        Mapping guessed = MappingGuess.guess(List.of("编号", "姓名", "中文名", "金额"), List.of(), saved, "CN");
        assertThat(guessed.columns()).containsEntry("编号", Field.REFERENCE).containsEntry("姓名", null)
                .containsEntry("中文名", Field.NAME).containsEntry("金额", Field.PRINCIPAL);
        assertThat(guessed.defaultCurrency()).isEqualTo("CNY");
    }

    @Test
    void dateOrderAndDecimalSeparatorAreReadFromTheRowsElseFromTheCountry() {
        List<String> columns = List.of("Due Date", "Amount");
        Map<String, Field> fields = Map.of("Due Date", Field.DELINQUENCY_DATE, "Amount", Field.PRINCIPAL);
        Mapping mapping = Mapping.empty().withColumns(fields);
        assertThat(MappingGuess.dateOrder(columns, List.<String[]>of(new String[] {"25/12/2025", "1.234,50"}), mapping, "US"))
                .isEqualTo(DateOrder.DMY);
        assertThat(MappingGuess.dateOrder(columns, List.<String[]>of(new String[] {"12/25/2025", "1"}), mapping, "GB"))
                .isEqualTo(DateOrder.MDY);
        assertThat(MappingGuess.dateOrder(columns, List.<String[]>of(new String[] {"01/02/2025", "1"}), mapping, "US"))
                .isEqualTo(DateOrder.MDY);
        assertThat(MappingGuess.dateOrder(columns, List.<String[]>of(new String[] {"01/02/2025", "1"}), mapping, "CN"))
                .isEqualTo(DateOrder.DMY);
        assertThat(MappingGuess.decimalSeparator(columns, List.<String[]>of(new String[] {"", "1.234,50 €"}), mapping))
                .isEqualTo(',');
        assertThat(MappingGuess.decimalSeparator(columns, List.<String[]>of(new String[] {"", "$1,234.50"}), mapping))
                .isEqualTo('.');
    }

    @Test
    void aMappingNamesWhatIsMissing() {
        Mapping mapping = Mapping.empty().withColumn("姓名", Field.NAME);
        assertThatThrownBy(() -> mapping.bind(List.of("姓名", "编号")))
                .hasMessage("no column is mapped to the required fields reference, currency, principal (or set a default"
                        + " currency); the file's columns are: 姓名, 编号");
        Mapping twice = Mapping.empty().withDefaultCurrency("CNY").withColumn("a", Field.NAME).withColumn("b", Field.REFERENCE)
                .withColumn("c", Field.PRINCIPAL).withColumn("d", Field.PRINCIPAL);
        assertThatThrownBy(() -> twice.bind(List.of("a", "b", "c", "d")))
                .hasMessage("the field principal is mapped to 2 columns (c, d); map it to one");
    }

    @Test
    void mappingJsonRoundTripsAndNamesItsMistakes() {
        Mapping mapping = Mapping.empty().withColumn("客户姓名", Field.NAME).withColumn("身份证号", null)
                .withColumn("借据号", Field.REFERENCE).withDateOrder(DateOrder.DMY).withDefaultCurrency("cny")
                .withOnDuplicate(DuplicatePolicy.UPDATE).withDecimalSeparator(',');
        Mapping back = MappingJson.read(MappingJson.write(mapping), "m.json");
        assertThat(back).isEqualTo(mapping);
        assertThat(back.defaultCurrency()).isEqualTo("CNY");
        assertThatThrownBy(() -> MappingJson.read("{\"columns\": {\"A\": \"amount\"}}", "m.json"))
                .hasMessageStartingWith("m.json: column 'A': 'amount' is not a field; fields: name, nativeName");
        assertThatThrownBy(() -> MappingJson.read("{\"columns\": {}, \"dateOrder\": \"YMD\"}", "m.json"))
                .hasMessage("m.json: dateOrder: 'YMD' is not DMY or MDY");
        assertThatThrownBy(() -> MappingJson.read("{columns", "m.json")).hasMessageStartingWith("m.json: is not JSON");
    }
}
