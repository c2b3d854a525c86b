package org.recoup.service.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Generated creditor files for the import benchmark (and tests that need many rows): a Chinese
 * lender's CSV in GB18030 with Chinese headers, amounts with thousands separators and currency
 * signs, dates in three formats, quoted addresses with commas, notes with line breaks, a national ID
 * column to ignore, a blank line now and then, one debtor in ten with a second debt (same name and
 * phone), and one row in a hundred with a problem: a bad phone, a negative amount or a reference
 * repeated from the row before.
 */
public final class ImportFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private ImportFiles() {
    }

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
            "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "欧阳", "司马"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "华", "建国", "子涵", "浩然", "欣怡", "宇轩", "梓萱", "一诺"};
    private static final String[][] PLACES = {{"北京", "北京市", "100020", "朝阳区"}, {"上海", "上海市", "200120", "浦东新区"},
            {"广州", "广东省", "510620", "天河区"}, {"深圳", "广东省", "518057", "南山区"}, {"杭州", "浙江省", "310012", "西湖区"},
            {"成都", "四川省", "610041", "武侯区"}, {"武汉", "湖北省", "430000", "江汉区"}, {"南京", "江苏省", "210008", "鼓楼区"},
            {"西安", "陕西省", "710001", "雁塔区"}, {"重庆", "重庆市", "400010", "渝中区"}};
    private static final String[] ROADS = {"建国路", "人民路", "解放路", "中山路", "长安街", "天府大道", "世纪大道", "文三路"};
    private static final String[] PRODUCTS = {"信用卡", "消费贷", "现金贷", "贷款"};

    /** Writes a file of {@code rows} data rows; the same seed gives the same file. */
    public static void write(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), GB18030), 1 << 16)) {
            out.write("客户姓名,身份证号,手机号,地址,城市,省份,邮编,借据号,欠款金额(元),利息,滞纳金,借款日期,逾期日期,产品类型,备注\r\n");
            String previousName = null;
            String previousPhone = null;
            String[] previousPlace = null;
            for (int i = 0; i < rows; i++) {
                boolean sameDebtor = previousName != null && random.nextInt(10) == 0;
                String name = sameDebtor ? previousName : SURNAMES[random.nextInt(SURNAMES.length)]
                        + GIVEN[random.nextInt(GIVEN.length)] + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
                String phone = sameDebtor ? previousPhone : "1" + (3 + random.nextInt(7)) + random.nextInt(10)
                        + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
                String[] place = sameDebtor ? previousPlace : PLACES[random.nextInt(PLACES.length)];
                previousName = name;
                previousPhone = phone;
                previousPlace = place;
                String shownPhone = switch (random.nextInt(3)) {
                    case 0 -> phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
                    case 1 -> "+86 " + phone;
                    default -> phone;
                };
                long cents = 20_000 + (long) (random.nextDouble() * random.nextDouble() * 20_000_000);
                String principal = amount(cents, random);
                String interest = amount(cents * random.nextInt(16) / 100, random);
                String fees = random.nextInt(3) == 0 ? "" : String.valueOf(50 * random.nextInt(4));
                int year = 2021 + random.nextInt(4);
                int month = 1 + random.nextInt(12);
                int day = 1 + random.nextInt(28);
                String originated = switch (random.nextInt(3)) {
                    case 0 -> year + "年" + month + "月" + day + "日";
                    case 1 -> String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day);
                    default -> year + "/" + month + "/" + day;
                };
                String due = String.format(Locale.ROOT, "%d-%02d-%02d", year + 1 + random.nextInt(2), month, day);
                String reference = "HX" + String.format(Locale.ROOT, "%08d", i + 1);
                int trouble = random.nextInt(100);
                if (trouble == 0) {
                    shownPhone = "1380013800088";
                } else if (trouble == 1) {
                    principal = "\"-" + principal.replace("\"", "") + "\"";
                } else if (trouble == 2 && i > 0) {
                    reference = "HX" + String.format(Locale.ROOT, "%08d", i);
                }
                String id = String.format(Locale.ROOT, "%06d%04d%02d%02d%04d", 110101 + random.nextInt(500000), 1960 + random.nextInt(45),
                        1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(10000));
                String address = "\"" + place[3] + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(300)) + "号,"
                        + (1 + random.nextInt(20)) + "单元\"";
                String note = random.nextInt(20) == 0 ? "\"多次承诺还款\r\n未履行\"" : "";
                out.write(String.join(",", name, id, shownPhone, address, place[0], place[1], place[2], reference, principal,
                        interest, fees, originated, due, PRODUCTS[random.nextInt(PRODUCTS.length)], note));
                out.write("\r\n");
                if (random.nextInt(500) == 0) {
                    out.write("\r\n");
                }
            }
        }
    }

    /** An amount as creditors write it: 12345.67, "12,345.67" or "¥12,345.67". */
    private static String amount(long cents, Random random) {
        String plain = (cents / 100) + "." + String.format(Locale.ROOT, "%02d", cents % 100);
        return switch (random.nextInt(3)) {
            case 0 -> plain;
            case 1 -> "\"" + String.format(Locale.ROOT, "%,d", cents / 100) + "." + String.format(Locale.ROOT, "%02d", cents % 100) + "\"";
            default -> "\"¥" + String.format(Locale.ROOT, "%,d", cents / 100) + "." + String.format(Locale.ROOT, "%02d", cents % 100) + "\"";
        };
    }
}
