package org.recoup.letters;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.recoup.domain.Language;
import org.recoup.domain.Money;

/**
 * Synthetic but realistic letters: for previews of the templates, the benchmarks and the tests.
 * Names include rare characters (堃, 犇, 淼, 喆) that the letter font must print.
 */
public final class SampleLetters {

    /** The date every sample letter is dated. */
    public static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 16);

    private static final String[][] NAMES = {
        {"Zhang Kun", "张堃"}, {"Li Ben", "李犇"}, {"Wang Miao", "王淼"}, {"Chen Zhe", "陈喆"},
        {"Liu Xin", "刘鑫"}, {"Zhao Yue", "赵玥"}, {"Huang Hao", "黄昊"}, {"Zhou Yi", "周祎"},
        {"Wu Xin", "吴昕"}, {"Xu Jin", "徐瑾"}, {"Sun Yan", "孙琰"}, {"Ma Xiaotong", "马晓彤"},
        {"Emily Carter", null}, {"James O'Connor", null}, {"Sofia Müller", null}, {"Noah Williams", null},
    };
    private static final String[] STREETS = {"Maple Avenue", "Harbour Road", "King Street", "Elm Court", "Station Road"};
    private static final String[] CN_STREETS = {"朝阳区建国路88号", "浦东新区世纪大道100号", "天河区体育西路191号", "武侯区人民南路四段9号"};
    private static volatile byte[] logo;

    private SampleLetters() {
    }

    /** The sample agency for a country (US, GB, CN). */
    public static Letterhead agency(String country) {
        return switch (country) {
            case "US" -> new Letterhead("Harbour Recoveries LLC", "海港追收有限公司",
                    List.of("1200 Market Street, Suite 400", "Philadelphia, PA 19107"), "PA CA-0001234",
                    "+1 215 555 0142", "help@harbour-recoveries.example", logo(), "Jane Whitfield",
                    "Compliance Manager");
            case "CN" -> new Letterhead("Harbour Recoveries (Shanghai) Co., Ltd.", "海港商务咨询（上海）有限公司",
                    List.of("上海市黄浦区南京东路300号18楼"), "91310101MA1FP0XX0X",
                    "+86 21 5555 0142", "help@harbour-recoveries.example", logo(), "王晓明", "催收部经理");
            default -> new Letterhead("Harbour Recoveries Ltd", "海港追收有限公司",
                    List.of("14 Castle Street", "Edinburgh EH2 3AT"), "FCA FRN 612345",
                    "+44 131 555 0142", "help@harbour-recoveries.example", logo(), "Jane Whitfield",
                    "Collections Manager");
        };
    }

    /** The country each template is written for, and so its paper and currency. */
    public static String countryOf(TemplateId template) {
        return switch (template) {
            case VALIDATION_NOTICE, DEMAND, PAID_IN_FULL -> "US";
            case CN_DEMAND, PLAN_CONFIRMATION -> "CN";
            case FINAL_NOTICE, UK_DEFAULT_NOTICE -> "GB";
        };
    }

    /** One sample letter of a template in a language (debtor 张堃, Zhang Kun). */
    public static LetterRequest sample(TemplateId template, LetterLanguage language) {
        return letter(template, language, 0, new Random(7));
    }

    /** {@code count} different letters of a template in a language, the same for the same seed. */
    public static List<LetterRequest> batch(TemplateId template, LetterLanguage language, int count, long seed) {
        Random random = new Random(seed);
        List<LetterRequest> letters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            letters.add(letter(template, language, i, random));
        }
        return letters;
    }

    private static LetterRequest letter(TemplateId template, LetterLanguage language, int i, Random random) {
        String country = countryOf(template);
        String currency = switch (country) {
            case "US" -> "USD";
            case "CN" -> "CNY";
            default -> "GBP";
        };
        String[] name = NAMES[i % NAMES.length];
        List<String> address = switch (country) {
            case "US" -> List.of((100 + random.nextInt(8900)) + " " + STREETS[random.nextInt(STREETS.length)],
                    "Apt " + (1 + random.nextInt(30)), "Flushing, NY 11354");
            case "CN" -> List.of("北京市" + CN_STREETS[random.nextInt(CN_STREETS.length)], (1 + random.nextInt(30)) + "号楼"
                    + (101 + random.nextInt(2000)) + "室", "邮编 100022");
            default -> List.of((1 + random.nextInt(200)) + " " + STREETS[random.nextInt(STREETS.length)],
                    "Manchester M1 " + (1 + random.nextInt(9)) + "AB");
        };
        Recipient recipient = new Recipient(name[0], name[1], address, country,
                name[1] != null ? Language.ZH : Language.EN);
        long cents = 120_000 + (long) (random.nextDouble() * 2_500_000);
        Money balance = Money.of(java.math.BigDecimal.valueOf(cents, 2), currency);
        Money arrears = Money.of(java.math.BigDecimal.valueOf(cents / 6, 2), currency);
        String client = switch (country) {
            case "US" -> "Keystone Card Services LLC";
            case "CN" -> "华信消费金融有限公司";
            default -> "Northern Rock Finance plc";
        };
        String reference = String.format("HR-%s-%06d", country, 100_000 + i);
        DebtFacts debt = new DebtFacts(reference, client, String.format("%04d %04d %04d", 4000 + i % 5000,
                random.nextInt(10_000), random.nextInt(10_000)),
                country.equals("US") ? "Keystone Card Services LLC" : null, balance, arrears);
        LetterDates dates = LetterDates.of(LETTER_DATE)
                .withPayBy(LETTER_DATE.plusDays(21))
                .withValidationEndDate(ValidationPeriod.endDate(LETTER_DATE))
                .withRemedyDate(LETTER_DATE.plusDays(21))
                .withPaidDate(LETTER_DATE.minusDays(3));
        PaymentAccount payTo = switch (country) {
            case "US" -> new PaymentAccount("Harbour Recoveries LLC Client Trust", "First Keystone Bank, Philadelphia",
                    "Routing 031000053 · Account 8812 0045 21", reference);
            case "CN" -> new PaymentAccount("海港商务咨询（上海）有限公司", "中国工商银行上海市南京东路支行",
                    "1001 2345 0900 1234 567", reference);
            default -> new PaymentAccount("Harbour Recoveries Ltd Client Account", "Royal Bank of Scotland",
                    "Sort code 83-91-20 · Account 10562233", reference);
        };
        LetterRequest.Builder b = LetterRequest.builder("L-" + template.name().toLowerCase(java.util.Locale.ROOT)
                + "-" + (i + 1), template)
                .language(language)
                .letterhead(agency(country))
                .recipient(recipient)
                .debt(debt)
                .dates(dates)
                .payTo(payTo)
                .wording(Map.of());
        if (template == TemplateId.VALIDATION_NOTICE) {
            Money interest = Money.of(java.math.BigDecimal.valueOf(cents / 20, 2), currency);
            Money fees = Money.of(java.math.BigDecimal.valueOf(3_500, 2), currency);
            Money paid = Money.of(java.math.BigDecimal.valueOf(cents / 10, 2), currency);
            Money start = balance.minus(interest).minus(fees).plus(paid);
            b.itemization(new Itemization(LocalDate.of(2026, 6, 30), start, interest, fees, paid, balance));
        }
        if (template == TemplateId.PLAN_CONFIRMATION) {
            int n = 6;
            long each = cents / n;
            List<Instalment> plan = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                long amount = k == n - 1 ? cents - each * (n - 1) : each;
                plan.add(new Instalment(LETTER_DATE.plusMonths(k + 1).withDayOfMonth(15),
                        Money.of(java.math.BigDecimal.valueOf(amount, 2), currency)));
            }
            b.plan(plan);
        }
        if (template == TemplateId.PAID_IN_FULL && i % 2 == 1) {
            b.settlement(Money.of(java.math.BigDecimal.valueOf(cents * 6 / 10, 2), currency));
        }
        return b.build();
    }

    /** A small sample logo (PNG), drawn once. */
    public static byte[] logo() {
        byte[] l = logo;
        if (l == null) {
            BufferedImage image = new BufferedImage(240, 96, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x1F, 0x3A, 0x5F));
            g.fillRoundRect(144, 4, 88, 88, 18, 18);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawArc(162, 24, 52, 52, 200, 280);
            g.drawLine(188, 50, 206, 70);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            l = out.toByteArray();
            logo = l;
        }
        return l;
    }
}
