"""Write examples/customers.xlsx (Chinese headers, a contacts sheet) and examples/customers.csv (English labels).

Deterministic: fixed workbook properties and zip timestamps, so re-running changes no byte.
Run from the repository root: `python scripts/make_example_customers.py`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from generator.output import write_atomic
from generator.render.archive.index import workbook_bytes

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

ZH_HEADERS = ["客户名称", "简称", "行业", "客户性质", "交易状态", "成为客户日期", "年采购额", "客户等级", "忠诚阶段",
              "地址", "电话", "开户银行", "银行账号", "优先发货", "最近成交日期", "最近成交内容", "最近成交金额",
              "会回我们的电话", "认为我们是最好的", "喜欢与我们讨论业务问题", "上次拜访", "下次拜访"]
ZH_CUSTOMERS = [
    ["苏州恒通精密机械有限公司", "恒通精密", "精密机械", "普通公司", "已交易", dt.date(2019, 5, 6), "1,280万", None, "忠诚",
     "苏州工业园区星湖街 218 号", "0512-6288 0000", "招商银行苏州分行", "5129 0000 1111", "是",
     dt.date(2025, 10, 8), "三号线机器人焊接改造", "326万", "是", "是", "是", dt.date(2026, 9, 2), dt.date(2026, 12, 3)],
    ["杭州新远汽车零部件股份有限公司", "新远零部件", "汽车零部件", "普通公司", "已交易", dt.date(2020, 8, 17), "640万", None, "满意",
     "杭州市萧山区经济开发区建设一路 66 号", "0571-8299 0000", None, None, "否",
     dt.date(2025, 6, 30), "装配线视觉检测", "158万", "是", "否", "是", dt.date(2026, 10, 21), None],
    ["南京江北新区公共资源交易中心", None, "政府采购", "政府机构", "正交易", None, "420万", "关键客户", "习惯",
     "南京市江北新区天华路 8 号", "025-5866 0000", None, None, None,
     None, None, None, "是", None, None, None, dt.date(2026, 12, 10)],
    ["宁波海腾塑胶制品有限公司", "海腾塑胶", "注塑", "普通公司", "已交易", dt.date(2022, 3, 1), "310万", None, "满意",
     "宁波市北仑区大港工业城", "0574-8688 0000", None, None, "是",
     dt.date(2025, 12, 12), "注塑机取件机械手 12 台", "96万", "否", "否", "是", dt.date(2026, 8, 15), None],
    ["无锡华达电子科技有限公司", "华达电子", "电子制造", "普通公司", "已交易", dt.date(2023, 1, 9), "180万", None, "比价",
     "无锡市新吴区长江路 21 号", None, None, None, None,
     dt.date(2025, 4, 3), "SMT 线体搬运", "45万", None, None, None, None, None],
    ["合肥瑞丰新能源有限公司", "瑞丰新能源", "新能源电池", "商业伙伴", "将交易", None, "150万", None, None,
     "合肥市高新区创新大道 99 号", "0551-6532 0000", None, None, None,
     None, None, None, None, None, None, dt.date(2026, 11, 2), dt.date(2027, 1, 12)],
    ["常州金坛恒力五金厂", "恒力五金", "五金", "普通公司", "已交易", dt.date(2021, 7, 1), "68万", None, "习惯",
     "常州市金坛区华城路 5 号", None, None, None, None,
     dt.date(2024, 11, 20), "打磨工作站", "38万", None, None, None, None, None],
    ["嘉兴美家家居有限公司", "美家家居", "家居制造", "普通公司", "已交易", dt.date(2024, 2, 26), "42万", None, "比价",
     "嘉兴市秀洲区洪兴路 1 号", None, None, None, None,
     None, None, None, None, None, None, None, None],
    ["上海启明实验室", None, "科研", "特殊公司", "将交易", None, None, None, None,
     "上海市徐汇区漕河泾开发区", None, None, None, None,
     None, None, None, None, None, None, None, None],
    ["温州王记包装印刷", None, "包装印刷", "个人", "已交易", dt.date(2025, 5, 5), "12万", None, None,
     None, "138 5777 0000", None, None, None,
     None, None, None, None, None, None, None, None],
]
ZH_CONTACT_HEADERS = ["客户名称", "姓名", "职务", "部门", "级别", "职能", "角色", "沟通风格", "关系阶段", "态度", "向导/内线",
                      "电话", "生日", "兴趣", "忌讳"]
ZH_CONTACTS = [
    ["苏州恒通精密机械有限公司", "周海涛", "总经理", "总经办", "决策层", "管理部门", "决策者、批准者", "进取型", "同盟", "支持", "否",
     "139 1234 0001", dt.date(1968, 4, 12), "钓鱼、普洱茶", "迟到"],
    ["苏州恒通精密机械有限公司", "吴静", "设备部经理", "设备部", "管理层", "技术部门", "设计者、评估者", "分析型", "信赖", "支持", "是",
     "139 1234 0002", None, "羽毛球", None],
    ["苏州恒通精密机械有限公司", "孙立", "采购主管", "采购部", "操作层", "采购部门", "购买者", "亲切型", "约会", "中立", "否",
     "139 1234 0003", None, None, None],
    ["杭州新远汽车零部件股份有限公司", "郑晓东", "副总经理", "运营", "决策层", "管理部门", "决策者", "表现型", "信赖", "支持", "否",
     "137 0000 1001", dt.date(1975, 9, 30), "马拉松", None],
    ["杭州新远汽车零部件股份有限公司", "冯敏", "质量部长", "质量部", "管理层", "使用部门", "发起人、使用者", "分析型", "约会", "中立", "是",
     None, None, None, None],
    ["南京江北新区公共资源交易中心", "何主任", "主任", "中心办公室", "决策层", "管理部门", "批准者", "分析型", "认识", "中立", "否",
     None, None, None, None],
    ["宁波海腾塑胶制品有限公司", "蒋总", "董事长", None, "决策层", "管理部门", "决策者", "进取型", "约会", "支持", "否",
     "135 7400 0000", None, "高尔夫", "讨价还价时谈技术细节"],
    ["合肥瑞丰新能源有限公司", "沈工", "工艺总监", "工艺部", "管理层", "技术部门", "设计者、影响者", "分析型", "认识", "中立", "否",
     None, None, None, None],
]

# negotiation and after signing: a `receivables` sheet joined to its customer like `contacts`
ZH_RECEIVABLE_HEADERS = ["客户名称", "到期日", "应收金额", "已收金额", "收款日期"]
ZH_RECEIVABLES = [
    ["苏州恒通精密机械有限公司", dt.date(2025, 12, 31), "97.8万", "97.8万", dt.date(2025, 12, 26)],
    ["苏州恒通精密机械有限公司", dt.date(2026, 10, 31), "32.6万", "10万", dt.date(2026, 11, 3)],
    ["杭州新远汽车零部件股份有限公司", dt.date(2027, 1, 15), "15.8万", None, None],
]

EN_HEADERS = ["Customer name", "Industry", "Nature", "Deal status", "Customer since", "Annual value", "Tier",
              "Loyalty stage", "Phone", "Address", "Contact", "Contact title", "Last deal date", "Last deal",
              "Last deal amount", "Returns our calls", "Thinks we are the best", "Last visit", "Next visit", "currency"]
EN_CUSTOMERS = [
    ["Contoso Freight LLC", "Freight forwarding", "ordinary_company", "done", "2020-02-03", "920000", "", "loyal",
     "+1 206 555 0110", "400 Pier Ave, Seattle, WA", "Maria Lopez", "VP Operations", "2025-08-12",
     "Yard management rollout", "210000", "yes", "yes", "2026-09-18", "2026-12-08", "USD"],
    ["Fabrikam Cold Chain", "Cold storage", "ordinary_company", "done", "2022-06-01", "480000", "", "satisfied",
     "+1 559 555 0133", "12 Ice House Rd, Fresno, CA", "Tom Becker", "IT Director", "2025-03-30",
     "Temperature sensors, phase 1", "95000", "yes", "no", "2026-10-02", "", "USD"],
    ["City of Riverton Transit", "Public transport", "government", "in_progress", "", "300000", "key", "habitual",
     "", "1 Civic Plaza, Riverton", "Alex Chen", "Procurement Officer", "", "", "", "", "", "", "2026-12-15", "USD"],
    ["Tailspin Parcel Co.", "Last-mile delivery", "ordinary_company", "done", "2023-09-14", "150000", "",
     "price_comparer", "", "88 Depot St, Reno, NV", "", "", "2024-12-01", "Route planning licences", "40000",
     "", "", "", "", "USD"],
    ["Adatum Retail Group", "Retail", "partner", "prospective", "", "", "", "", "", "", "Priya Nair",
     "Head of Supply Chain", "", "", "", "", "", "2026-11-20", "2027-01-20", "USD"],
]

# Account-plan columns (status, owner, channel, margin, cost to serve, wallet, why lost), by customer:
# a lost and an unprofitable customer in each list, so the index and the summary show both.
ZH_PLAN_HEADERS = ["客户状态", "客户经理", "销售渠道", "毛利率", "年服务成本", "客户年需求总额", "流失日期", "流失原因", "流失去向"]
ZH_PLAN = {
    "苏州恒通精密机械有限公司": ["活跃", "周明", "直销", "30%", "60万", "2000万", None, None, None],
    "杭州新远汽车零部件股份有限公司": ["活跃", "周明", "集成商", "25%", "30万", "1500万", None, None, None],
    "宁波海腾塑胶制品有限公司": ["休眠", "王磊", "直销", "22%", "12万", "600万", None, None, None],
    "无锡华达电子科技有限公司": ["活跃", "王磊", "经销", "8%", "20万", "400万", None, None, None],
    "常州金坛恒力五金厂": ["流失", "王磊", "直销", "22%", "5万", "150万", dt.date(2025, 12, 1), "价格", "竞争对手甲"],
}
EN_PLAN_HEADERS = ["Status", "Account manager", "Channel", "Gross margin", "Cost to serve", "Wallet", "Lost on",
                   "Lost because", "Lost to"]
EN_PLAN = {
    "Contoso Freight LLC": ["active", "Ming Li", "direct", "32%", "60000", "2000000", "", "", ""],
    "Fabrikam Cold Chain": ["active", "Ming Li", "dealer", "12%", "80000", "900000", "", "", ""],
    "Tailspin Parcel Co.": ["lost", "Ming Li", "online", "25%", "20000", "400000", "2026-06-30", "Price",
                            "Competitor B"],
}


def customers_xlsx() -> bytes:
    """Return the Chinese customer list workbook: sheet 客户, sheet contacts and sheet receivables."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(ZH_HEADERS + ZH_PLAN_HEADERS)
    for row in ZH_CUSTOMERS:
        sheet.append(row + ZH_PLAN.get(row[0], [None] * len(ZH_PLAN_HEADERS)))
    contacts = book.create_sheet("contacts")
    contacts.append(ZH_CONTACT_HEADERS)
    for row in ZH_CONTACTS:
        contacts.append(row)
    receivables = book.create_sheet("receivables")
    receivables.append(ZH_RECEIVABLE_HEADERS)
    for row in ZH_RECEIVABLES:
        receivables.append(row)
    for ws in (sheet, contacts, receivables):
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
        ws.column_dimensions["A"].width = 34
    return workbook_bytes(book)


def customers_csv() -> bytes:
    """Return the English customer list as UTF-8 CSV."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EN_HEADERS + EN_PLAN_HEADERS)
    writer.writerows(row + EN_PLAN.get(row[0], [""] * len(EN_PLAN_HEADERS)) for row in EN_CUSTOMERS)
    return buffer.getvalue().encode("utf-8")


def main() -> None:
    """Write both example lists next to the example briefs."""
    for name, data in (("customers.xlsx", customers_xlsx()), ("customers.csv", customers_csv())):
        print(f"wrote {write_atomic(EXAMPLES / name, data)}")


if __name__ == "__main__":
    main()
