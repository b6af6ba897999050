package org.govsite.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names for the demo province: the real structure of Anhui province (cities, division codes, portal domains),
 * departments as they are commonly named, and counties composed from common place-name syllables.
 */
final class DemoCatalogue {

    static final Place PROVINCE = new Place("安徽省", "340000", "ah");

    static final List<Place> CITIES = List.of(
            new Place("合肥市", "340100", "hefei"), new Place("芜湖市", "340200", "wuhu"),
            new Place("蚌埠市", "340300", "bengbu"), new Place("淮南市", "340400", "huainan"),
            new Place("马鞍山市", "340500", "mas"), new Place("淮北市", "340600", "huaibei"),
            new Place("铜陵市", "340700", "tl"), new Place("安庆市", "340800", "anqing"),
            new Place("黄山市", "341000", "huangshan"), new Place("滁州市", "341100", "chuzhou"),
            new Place("阜阳市", "341200", "fy"), new Place("宿州市", "341300", "ahsz"),
            new Place("六安市", "341500", "luan"), new Place("亳州市", "341600", "bozhou"),
            new Place("池州市", "341700", "chizhou"), new Place("宣城市", "341800", "xuancheng"));

    static final List<Department> PROVINCE_DEPARTMENTS = List.of(
            new Department("发展和改革委员会", "fzggw"), new Department("教育厅", "jyt"),
            new Department("科学技术厅", "kjt"), new Department("经济和信息化厅", "jx"),
            new Department("公安厅", "gat"), new Department("民政厅", "mz"),
            new Department("司法厅", "sft"), new Department("财政厅", "czt"),
            new Department("人力资源和社会保障厅", "hrss"), new Department("自然资源厅", "zrzyt"),
            new Department("生态环境厅", "sthjt"), new Department("住房和城乡建设厅", "dohurd"),
            new Department("交通运输厅", "jtt"), new Department("水利厅", "slt"),
            new Department("农业农村厅", "nync"), new Department("商务厅", "commerce"),
            new Department("文化和旅游厅", "ct"), new Department("卫生健康委员会", "wjw"),
            new Department("退役军人事务厅", "dva"), new Department("应急管理厅", "yjt"),
            new Department("审计厅", "sjt"), new Department("市场监督管理局", "amr"),
            new Department("统计局", "tjj"), new Department("医疗保障局", "ybj"),
            new Department("林业局", "lyj"), new Department("体育局", "sport"),
            new Department("粮食和物资储备局", "lswz"), new Department("地方金融监督管理局", "jrj"),
            new Department("数据资源管理局", "sjzyj"), new Department("人民防空办公室", "rf"),
            new Department("信访局", "xf"), new Department("机关事务管理局", "jgswglj"),
            new Department("广播电视局", "gdj"), new Department("能源局", "nyj"),
            new Department("药品监督管理局", "mpa"));

    static final List<Department> CITY_DEPARTMENTS = List.of(
            new Department("数据资源管理局", "sjzyj"), new Department("发展和改革委员会", "fgw"),
            new Department("教育局", "jyj"), new Department("公安局", "gaj"),
            new Department("民政局", "mzj"), new Department("财政局", "czj"),
            new Department("人力资源和社会保障局", "rsj"), new Department("自然资源和规划局", "zrzyhghj"),
            new Department("生态环境局", "sthjj"), new Department("住房和城乡建设局", "zjj"),
            new Department("交通运输局", "jtysj"), new Department("农业农村局", "nyncj"),
            new Department("卫生健康委员会", "wjw"), new Department("市场监督管理局", "scjgj"));

    static final List<Department> COUNTY_DEPARTMENTS = List.of(
            new Department("教育局", "jyj"), new Department("卫生健康委员会", "wjw"));

    private static final String[][] FIRST = {
        {"东", "dong"}, {"西", "xi"}, {"南", "nan"}, {"北", "bei"}, {"青", "qing"}, {"安", "an"},
        {"平", "ping"}, {"新", "xin"}, {"永", "yong"}, {"长", "chang"}, {"丰", "feng"}, {"和", "he"},
        {"宁", "ning"}, {"泰", "tai"}, {"临", "lin"}, {"明", "ming"}, {"福", "fu"}, {"兴", "xing"}};

    private static final String[][] SECOND = {
        {"阳", "yang"}, {"城", "cheng"}, {"山", "shan"}, {"河", "he"}, {"江", "jiang"}, {"溪", "xi"},
        {"源", "yuan"}, {"川", "chuan"}, {"林", "lin"}, {"泉", "quan"}, {"湖", "hu"}, {"台", "tai"}};

    private DemoCatalogue() {
    }

    /**
     * Counties and districts of a city: unique names over the whole province; division codes follow GB/T 2260
     * (districts 02.., counties 21..).
     */
    static List<Place> counties(Place city, int count, Set<String> usedShortNames) {
        List<Place> result = new ArrayList<>();
        String prefix = city.divisionCode().substring(0, 4);
        int start = Math.floorMod(city.divisionCode().hashCode(), FIRST.length * SECOND.length);
        int combinations = FIRST.length * SECOND.length;
        for (int i = 0; result.size() < count; i++) {
            if (i >= combinations) {
                throw new IllegalStateException("not enough county names for " + city.name());
            }
            int n = (start + i * 7) % combinations;
            String[] a = FIRST[n / SECOND.length];
            String[] b = SECOND[n % SECOND.length];
            String shortName = a[1] + b[1];
            if (usedShortNames.contains(shortName) || a[1].equals(b[1])) {
                continue;
            }
            usedShortNames.add(shortName);
            boolean district = result.size() < 2;
            int serial = district ? 2 + result.size() : 21 + result.size() - 2;
            String code = prefix + String.format("%02d", serial);
            result.add(new Place(a[0] + b[0] + (district ? "区" : "县"), code, shortName));
        }
        return result;
    }
}
