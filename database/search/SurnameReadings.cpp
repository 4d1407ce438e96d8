#include "database/search/SurnameReadings.h"

namespace bd::SurnameReadings {

namespace {
struct Surname
{
    const char16_t *characters;
    const char *readings; // alternatives space-separated, most common first; syllables by '-'
};

// Sources: the surname readings given in 现代汉语词典 and the 百家姓; where a surname is
// read two ways by different families (乐 Yuè/Lè, 盖 Gě/Gài), both are listed so either
// spelling finds the customer.
const Surname kSurnames[] = {
        // Compound surnames first so that they win over their first character.
        {u"欧阳", "ou-yang"},   {u"司马", "si-ma"},       {u"上官", "shang-guan"},
        {u"诸葛", "zhu-ge"},     {u"东方", "dong-fang"},   {u"皇甫", "huang-fu"},
        {u"尉迟", "yu-chi"},     {u"公孙", "gong-sun"},    {u"慕容", "mu-rong"},
        {u"长孙", "zhang-sun"},  {u"宇文", "yu-wen"},      {u"司徒", "si-tu"},
        {u"令狐", "ling-hu"},    {u"夏侯", "xia-hou"},     {u"万俟", "mo-qi"},
        {u"澹台", "tan-tai"},    {u"端木", "duan-mu"},     {u"轩辕", "xuan-yuan"},
        {u"单于", "chan-yu"},    {u"呼延", "hu-yan"},      {u"赫连", "he-lian"},
        // Polyphonic single-character surnames.
        {u"单", "shan"},        {u"曾", "zeng"},         {u"解", "xie"},
        {u"区", "ou"},          {u"仇", "qiu"},          {u"朴", "piao"},
        {u"查", "zha"},         {u"盖", "ge gai"},       {u"乐", "yue le"},
        {u"覃", "qin tan"},     {u"缪", "miao"},         {u"翟", "zhai di"},
        {u"召", "shao"},        {u"繁", "po"},           {u"员", "yun"},
        {u"重", "chong"},       {u"种", "chong"},        {u"秘", "bi"},
        {u"冼", "xian"},        {u"折", "she"},          {u"阚", "kan"},
        {u"句", "gou"},         {u"隗", "wei kui"},      {u"沈", "shen"},
        {u"薄", "bo"},          {u"柏", "bai"},          {u"任", "ren"},
        {u"华", "hua"},         {u"宁", "ning"},         {u"纪", "ji"},
        {u"牟", "mou mu"},      {u"过", "guo"},          {u"尉", "wei yu"},
        {u"长", "chang"},       {u"朝", "chao"},         {u"藏", "zang"},
        {u"燕", "yan"},         {u"都", "du"},           {u"么", "yao"},
        {u"蕃", "pi"},          {u"那", "na"},           {u"祭", "zhai"},
        {u"应", "ying"},        {u"相", "xiang"},        {u"能", "nai"},
        {u"车", "che"},         {u"曲", "qu"},           {u"石", "shi"},
        {u"葛", "ge"},          {u"雍", "yong"},         {u"晟", "cheng"},
        {u"囤", "tun"},         {u"贲", "ben"},          {u"卜", "bu"},
        {u"沙", "sha"},         {u"洗", "xian"},         {u"红", "hong"},
        {u"参", "shen"},        {u"粘", "nian"},         {u"谌", "chen shen"},
        {u"恽", "yun"},         {u"郇", "xun huan"},     {u"蔺", "lin"},
};
} // namespace

QStringList lookup(QStringView name, int *length)
{
    for (const Surname &surname : kSurnames) {
        const QStringView characters(surname.characters);
        if (name.startsWith(characters)) {
            *length = int(characters.size());
            return QString::fromLatin1(surname.readings).split(QLatin1Char(' '));
        }
    }
    *length = 0;
    return {};
}

} // namespace bd::SurnameReadings
