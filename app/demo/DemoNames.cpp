#include "app/demo/DemoNames.h"

#include <cstdio>

namespace bd::demo {

namespace {

// Weights per 100,000, roughly the 2020 census shares; the last rows are rare surnames,
// some polyphonic (单 Shàn, 解 Xiè, 区 Ōu, 仇 Qiú, 查 Zhā, 盖 Gě) and compound ones.
const Surname kSurnames[] = {
    {"王", 7120}, {"李", 7000}, {"张", 6600}, {"刘", 5300}, {"陈", 4500}, {"杨", 3100},
    {"黄", 2200}, {"赵", 2000}, {"吴", 2000}, {"周", 1900}, {"徐", 1500}, {"孙", 1400},
    {"马", 1300}, {"朱", 1200}, {"胡", 1200}, {"郭", 1100}, {"何", 1000}, {"林", 1000},
    {"高", 1000}, {"罗", 900},  {"郑", 900},  {"梁", 800},  {"谢", 700},  {"宋", 600},
    {"唐", 600},  {"许", 600},  {"韩", 600},  {"冯", 500},  {"邓", 500},  {"曹", 500},
    {"彭", 500},  {"曾", 500},  {"肖", 500},  {"田", 400},  {"董", 400},  {"袁", 400},
    {"潘", 400},  {"于", 400},  {"蒋", 400},  {"蔡", 400},  {"余", 400},  {"杜", 400},
    {"叶", 400},  {"程", 400},  {"苏", 300},  {"魏", 300},  {"吕", 300},  {"丁", 300},
    {"任", 300},  {"沈", 350},  {"姚", 300},  {"卢", 300},  {"姜", 300},  {"崔", 300},
    {"钟", 300},  {"谭", 300},  {"陆", 320},  {"汪", 300},  {"范", 300},  {"金", 300},
    {"石", 250},  {"廖", 250},  {"贾", 250},  {"夏", 250},  {"韦", 250},  {"付", 250},
    {"方", 250},  {"白", 200},  {"邹", 200},  {"孟", 200},  {"熊", 200},  {"秦", 200},
    {"邱", 200},  {"江", 200},  {"尹", 200},  {"薛", 200},  {"闫", 200},  {"段", 180},
    {"雷", 180},  {"侯", 180},  {"龙", 180},  {"史", 180},  {"陶", 180},  {"黎", 160},
    {"贺", 160},  {"顾", 200},  {"毛", 160},  {"郝", 150},  {"龚", 150},  {"邵", 150},
    {"万", 150},  {"钱", 160},  {"严", 150},  {"武", 150},  {"戴", 150},  {"莫", 130},
    {"孔", 130},  {"汤", 130},  {"倪", 120},  {"褚", 60},   {"施", 110},
    {"单", 25},   {"解", 15},   {"区", 8},    {"仇", 12},   {"朴", 20},   {"查", 15},
    {"盖", 10},   {"欧阳", 50}, {"司马", 5},  {"尉迟", 2},  {"上官", 3},  {"诸葛", 3},
};

// Given-name characters. Older customers carry the names of their decade (国, 建, 秀,
// 桂); younger ones the later favourites (子, 梓, 涵, 轩).
const char *const kMaleClassic[] = {"伟", "强", "军", "勇", "建", "国", "明", "华", "平",
                                    "刚", "志", "文", "海", "东", "林", "德", "荣", "庆",
                                    "忠", "福", "新", "峰", "斌", "春", "立", "永", "祥"};
const char *const kMaleModern[] = {"磊", "杰", "涛", "超", "鹏", "辉", "浩", "宇", "凯",
                                   "俊", "帆", "旭", "晨", "博", "轩", "睿", "子", "一",
                                   "天", "嘉", "成", "家", "鑫", "泽", "航", "铭", "昊"};
const char *const kFemaleClassic[] = {"秀", "英", "桂", "芳", "兰", "珍", "玉", "凤", "华",
                                      "红", "霞", "梅", "丽", "萍", "琴", "云", "莉", "娟",
                                      "敏", "静", "艳", "燕", "玲", "淑", "美", "慧", "洁"};
const char *const kFemaleModern[] = {"婷", "雪", "颖", "佳", "欣", "怡", "思", "雨", "梓",
                                     "涵", "晓", "月", "倩", "璐", "琪", "蕾", "菲", "悦",
                                     "诗", "可", "萱", "瑶", "琳", "妍", "馨", "若", "依"};

const AreaCode kAreas[] = {
    {"310101", "", "上海市", "黄浦区", 60},       {"310104", "", "上海市", "徐汇区", 60},
    {"310105", "", "上海市", "长宁区", 45},       {"310106", "", "上海市", "静安区", 60},
    {"310107", "", "上海市", "普陀区", 50},       {"310109", "", "上海市", "虹口区", 45},
    {"310110", "", "上海市", "杨浦区", 55},       {"310112", "", "上海市", "闵行区", 50},
    {"310113", "", "上海市", "宝山区", 40},       {"310114", "", "上海市", "嘉定区", 25},
    {"310115", "", "上海市", "浦东新区", 230},    {"310116", "", "上海市", "金山区", 10},
    {"310117", "", "上海市", "松江区", 15},       {"310118", "", "上海市", "青浦区", 10},
    {"310120", "", "上海市", "奉贤区", 10},       {"310151", "", "上海市", "崇明区", 10},
    {"320102", "江苏省", "南京市", "玄武区", 20}, {"320505", "江苏省", "苏州市", "虎丘区", 20},
    {"320211", "江苏省", "无锡市", "滨湖区", 15}, {"320682", "江苏省", "南通市", "如皋市", 15},
    {"321002", "江苏省", "扬州市", "广陵区", 10}, {"330106", "浙江省", "杭州市", "西湖区", 20},
    {"330203", "浙江省", "宁波市", "海曙区", 15}, {"330381", "浙江省", "温州市", "瑞安市", 12},
    {"330402", "浙江省", "嘉兴市", "南湖区", 10}, {"340104", "安徽省", "合肥市", "蜀山区", 20},
    {"340202", "安徽省", "芜湖市", "镜湖区", 10}, {"360102", "江西省", "南昌市", "东湖区", 10},
    {"370102", "山东省", "济南市", "历下区", 10}, {"410105", "河南省", "郑州市", "金水区", 12},
    {"420106", "湖北省", "武汉市", "武昌区", 12}, {"430104", "湖南省", "长沙市", "岳麓区", 10},
    {"510107", "四川省", "成都市", "武侯区", 12}, {"500103", "", "重庆市", "渝中区", 8},
    {"110105", "", "北京市", "朝阳区", 10},       {"120101", "", "天津市", "和平区", 5},
    {"440106", "广东省", "广州市", "天河区", 6},  {"440304", "广东省", "深圳市", "福田区", 6},
    {"350203", "福建省", "厦门市", "思明区", 6},  {"610113", "陕西省", "西安市", "雁塔区", 5},
    {"210102", "辽宁省", "沈阳市", "和平区", 5},  {"230102", "黑龙江省", "哈尔滨市", "道里区", 5},
    {"220102", "吉林省", "长春市", "南关区", 4},  {"130102", "河北省", "石家庄市", "长安区", 4},
    {"140105", "山西省", "太原市", "小店区", 4},
};

struct Residence
{
    const char *district;
    const char *roads[6];
    int weight;
};

// The branch is in Lujiazui: most customers live or work in Pudong, the rest across town.
const Residence kResidences[] = {
    {"浦东新区", {"世纪大道", "陆家嘴环路", "浦东南路", "张杨路", "东方路", "源深路"}, 55},
    {"浦东新区", {"杨高南路", "锦绣路", "花木路", "芳甸路", "金桥路", "碧云路"}, 20},
    {"黄浦区", {"南京东路", "西藏中路", "淮海中路", "复兴中路", "中山南路", "河南南路"}, 6},
    {"徐汇区", {"漕溪北路", "衡山路", "肇嘉浜路", "天钥桥路", "宜山路", "龙华西路"}, 5},
    {"静安区", {"南京西路", "延安中路", "江宁路", "万航渡路", "共和新路", "北京西路"}, 4},
    {"杨浦区", {"四平路", "黄兴路", "控江路", "国权路", "五角场路", "长阳路"}, 4},
    {"闵行区", {"七莘路", "莘庄路", "虹井路", "都市路", "沪闵路", "银都路"}, 3},
    {"虹口区", {"四川北路", "曲阳路", "大连路", "临平路", "赤峰路", "广中路"}, 3},
};

struct Prefix
{
    int prefix;
    int weight;
};
const Prefix kMobilePrefixes[] = {
    {130, 4}, {131, 4}, {132, 4}, {133, 4}, {134, 4}, {135, 8}, {136, 8}, {137, 7},
    {138, 10}, {139, 10}, {150, 6}, {151, 5}, {152, 4}, {153, 3}, {155, 4}, {156, 4},
    {157, 3}, {158, 5}, {159, 5}, {166, 2}, {170, 1}, {171, 1}, {173, 2}, {175, 1},
    {176, 2}, {177, 2}, {178, 2}, {180, 3}, {181, 3}, {182, 4}, {183, 3}, {184, 2},
    {185, 3}, {186, 4}, {187, 3}, {188, 3}, {189, 4}, {198, 2}, {199, 2},
};

const char *const kStaffNames[] = {
    "周慧敏", "陈立新", "王雅琴", "李文博", "张晓燕", "刘思远", "赵静怡", "孙嘉豪",
    "钱晨曦", "吴俊杰", "郑佳琪", "冯志强", "沈梦洁", "韩子墨", "杨宇航", "朱雨桐",
    "徐海峰", "顾婷婷", "陆明轩", "黄欣然", "林一帆", "何佩玲",
};

} // namespace

const char *DemoNames::surnameOf(DemoRandom &random)
{
    return random.pickWeighted(kSurnames).text;
}

std::string DemoNames::fullName(DemoRandom &random, bool male, int birthYear)
{
    std::string name = surnameOf(random);
    // Born before 1975: mostly the classic characters and more single-character names.
    const bool classic = birthYear < 1975 ? random.chance(0.8) : random.chance(0.2);
    const int length = random.chance(birthYear < 1975 ? 0.35 : 0.18) ? 1 : 2;
    for (int i = 0; i < length; ++i) {
        const bool thisClassic = i == 0 ? classic : (classic ? random.chance(0.7) : random.chance(0.2));
        if (male)
            name += thisClassic ? random.pick(kMaleClassic) : random.pick(kMaleModern);
        else
            name += thisClassic ? random.pick(kFemaleClassic) : random.pick(kFemaleModern);
    }
    return name;
}

const char *DemoNames::staffName(int index)
{
    constexpr int count = int(sizeof kStaffNames / sizeof *kStaffNames);
    return kStaffNames[index % count];
}

const AreaCode &DemoNames::birthPlace(DemoRandom &random)
{
    return random.pickWeighted(kAreas);
}

std::string DemoNames::shanghaiAddress(DemoRandom &random, std::string *district)
{
    const Residence &residence = random.pickWeighted(kResidences);
    if (district)
        *district = residence.district;
    char text[160];
    const char *road = random.pick(residence.roads);
    if (random.chance(0.55)) // a lane (弄) estate: lane, building, room
        std::snprintf(text, sizeof text, "上海市%s%s%d弄%d号%d%02d室", residence.district, road,
                      int(random.between(1, 1999)), int(random.between(1, 36)),
                      int(random.between(1, 32)), int(random.between(1, 8)));
    else
        std::snprintf(text, sizeof text, "上海市%s%s%d号%d%02d室", residence.district, road,
                      int(random.between(1, 2999)), int(random.between(1, 40)),
                      int(random.between(1, 12)));
    return text;
}

std::string DemoNames::mobile(DemoRandom &random)
{
    char text[16];
    std::snprintf(text, sizeof text, "%d%08d", random.pickWeighted(kMobilePrefixes).prefix,
                  int(random.below(100000000)));
    return text;
}

} // namespace bd::demo
