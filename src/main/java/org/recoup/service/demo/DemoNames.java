package org.recoup.service.demo;

import java.util.List;

/** The raw material of the demo portfolio: names, places and numbers that read as real. */
final class DemoNames {

    private DemoNames() {
    }

    static final List<String> FIRST = List.of(
            "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
            "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
            "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra",
            "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle",
            "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "George", "Deborah", "Timothy", "Stephanie",
            "Ronald", "Rebecca", "Jason", "Laura", "Edward", "Helen", "Jeffrey", "Sharon", "Ryan", "Cynthia",
            "José", "María", "Luis", "Sofía", "Renée", "Zoë", "Chloé", "André", "Noël", "Siobhán",
            "Oliver", "Amelia", "Harry", "Isla", "Jack", "Ava", "George", "Mia", "Noah", "Olivia");

    static final List<String> LAST = List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
            "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
            "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
            "O'Brien", "Núñez", "Müller", "Kowalski", "Patel", "Evans", "Hughes", "Edwards", "Collins", "Stewart",
            "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell");

    /** Chinese surnames with their pinyin. */
    static final List<String[]> CN_SURNAMES = List.of(
            new String[] {"王", "Wang"}, new String[] {"李", "Li"}, new String[] {"张", "Zhang"},
            new String[] {"刘", "Liu"}, new String[] {"陈", "Chen"}, new String[] {"杨", "Yang"},
            new String[] {"黄", "Huang"}, new String[] {"赵", "Zhao"}, new String[] {"吴", "Wu"},
            new String[] {"周", "Zhou"}, new String[] {"徐", "Xu"}, new String[] {"孙", "Sun"},
            new String[] {"马", "Ma"}, new String[] {"朱", "Zhu"}, new String[] {"胡", "Hu"},
            new String[] {"郭", "Guo"}, new String[] {"何", "He"}, new String[] {"高", "Gao"},
            new String[] {"林", "Lin"}, new String[] {"罗", "Luo"}, new String[] {"郑", "Zheng"},
            new String[] {"梁", "Liang"}, new String[] {"谢", "Xie"}, new String[] {"宋", "Song"},
            new String[] {"欧阳", "Ouyang"}, new String[] {"司马", "Sima"});

    /** Characters of Chinese given names with their pinyin, rare ones (堃, 犇) included. */
    static final List<String[]> CN_GIVEN = List.of(
            new String[] {"伟", "Wei"}, new String[] {"芳", "Fang"}, new String[] {"娜", "Na"},
            new String[] {"敏", "Min"}, new String[] {"静", "Jing"}, new String[] {"丽", "Li"},
            new String[] {"强", "Qiang"}, new String[] {"磊", "Lei"}, new String[] {"军", "Jun"},
            new String[] {"洋", "Yang"}, new String[] {"勇", "Yong"}, new String[] {"艳", "Yan"},
            new String[] {"杰", "Jie"}, new String[] {"娟", "Juan"}, new String[] {"涛", "Tao"},
            new String[] {"明", "Ming"}, new String[] {"超", "Chao"}, new String[] {"秀", "Xiu"},
            new String[] {"霞", "Xia"}, new String[] {"平", "Ping"}, new String[] {"刚", "Gang"},
            new String[] {"桂", "Gui"}, new String[] {"英", "Ying"}, new String[] {"华", "Hua"},
            new String[] {"建", "Jian"}, new String[] {"国", "Guo"}, new String[] {"晓", "Xiao"},
            new String[] {"玲", "Ling"}, new String[] {"志", "Zhi"}, new String[] {"红", "Hong"},
            new String[] {"堃", "Kun"}, new String[] {"犇", "Ben"}, new String[] {"淼", "Miao"},
            new String[] {"鑫", "Xin"}, new String[] {"昊", "Hao"}, new String[] {"睿", "Rui"});

    /** A US state: its code, zone, area codes, a city and the first three digits of its ZIP codes. */
    record UsPlace(String state, String zone, List<String> areaCodes, String city, String zip3) {
    }

    static final List<UsPlace> US_PLACES = List.of(
            new UsPlace("NY", "America/New_York", List.of("212", "718", "917"), "New York", "100"),
            new UsPlace("MA", "America/New_York", List.of("617", "508"), "Boston", "021"),
            new UsPlace("WA", "America/Los_Angeles", List.of("206", "253"), "Seattle", "981"),
            new UsPlace("CA", "America/Los_Angeles", List.of("415", "213", "310"), "Los Angeles", "900"),
            new UsPlace("IL", "America/Chicago", List.of("312", "773"), "Chicago", "606"),
            new UsPlace("TX", "America/Chicago", List.of("214", "713"), "Dallas", "752"),
            new UsPlace("TX", "America/Denver", List.of("915"), "El Paso", "799"),
            new UsPlace("AZ", "America/Phoenix", List.of("602", "480", "520"), "Phoenix", "850"),
            new UsPlace("CO", "America/Denver", List.of("303", "720"), "Denver", "802"),
            new UsPlace("FL", "America/New_York", List.of("305", "407"), "Miami", "331"),
            new UsPlace("GA", "America/New_York", List.of("404", "678"), "Atlanta", "303"));

    static final List<String> US_STREETS = List.of("Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Park Ave",
            "Washington Blvd", "Lake St", "Hill Rd", "Pine St", "Elm St", "Sunset Blvd", "Broadway");

    /** A Chinese place: province/municipality, city, district, postal code. */
    record CnPlace(String region, String city, String district, String postal) {
    }

    static final List<CnPlace> CN_PLACES = List.of(
            new CnPlace("北京市", "北京市", "朝阳区", "100020"),
            new CnPlace("上海市", "上海市", "浦东新区", "200120"),
            new CnPlace("广东省", "广州市", "天河区", "510620"),
            new CnPlace("广东省", "深圳市", "南山区", "518052"),
            new CnPlace("浙江省", "杭州市", "西湖区", "310012"),
            new CnPlace("四川省", "成都市", "武侯区", "610041"),
            new CnPlace("湖北省", "武汉市", "洪山区", "430070"),
            new CnPlace("江苏省", "南京市", "鼓楼区", "210008"));

    static final List<String> CN_ROADS = List.of("建国路", "人民路", "解放路", "中山路", "长安街", "天府大道",
            "珠江新城华夏路", "文三路");

    /** A UK place: town, county and a postcode district. */
    record UkPlace(String town, String county, String postcodeDistrict) {
    }

    static final List<UkPlace> UK_PLACES = List.of(
            new UkPlace("London", "Greater London", "SW1A"),
            new UkPlace("Manchester", "Greater Manchester", "M1"),
            new UkPlace("Birmingham", "West Midlands", "B1"),
            new UkPlace("Leeds", "West Yorkshire", "LS1"),
            new UkPlace("Bristol", "Bristol", "BS1"),
            new UkPlace("Cardiff", "South Glamorgan", "CF10"));

    static final List<String> UK_STREETS = List.of("High Street", "Station Road", "Church Lane", "Victoria Road",
            "Green Lane", "Manor Road", "Park Road", "Queen Street");

    static final List<String> ORIGINAL_CREDITORS_US = List.of("First National Card Services", "Summit Auto Finance",
            "Riverbend Medical Group", "Cascade Wireless", "Liberty Student Lending");
    static final List<String> ORIGINAL_CREDITORS_CN = List.of("招联消费金融", "华夏银行信用卡中心", "平安普惠",
            "京东金条", "中原消费金融");
    static final List<String> ORIGINAL_CREDITORS_UK = List.of("Albion Telecom", "Thames Water Retail",
            "Northern Rock Cards", "Britannia Catalogue Shopping");
}
