package org.govsite.demo;

import java.util.List;

import org.govsite.model.ColumnCategory;

/**
 * A top-level column of a demo site with its second-level columns. Second-level columns named in
 * {@code yearly} get one child per year, as archives of document and news lists commonly do.
 */
record ColumnPlan(String name, String path, ColumnCategory category, List<String[]> children, List<String> yearly) {

    static final List<ColumnPlan> PORTAL = List.of(
            plan("概况信息", "gk", ColumnCategory.OVERVIEW, "省情概况:sqgk", "历史沿革:lsyg", "行政区划:xzqh", "自然地理:zrdl"),
            plan("机构职能", "jgzn", ColumnCategory.ORGANISATION, "机构设置:jgsz", "主要职责:zyzz", "内设机构:nsjg", "直属单位:zsdw"),
            plan("负责人信息", "fzrxx", ColumnCategory.LEADERS, "领导简介:ldjj", "领导活动:ldhd", "分工信息:fgxx"),
            yearly(plan("政策文件", "zcwj", ColumnCategory.POLICY, "政府文件:zfwj", "办公厅文件:bgtwj", "规范性文件:gfxwj",
                    "部门文件:bmwj", "政策解读:zcjd"), "政府文件", "办公厅文件", "规范性文件"),
            yearly(plan("政务动态", "zwdt", ColumnCategory.NEWS, "要闻动态:ywdt", "通知公告:tzgg", "部门动态:bmdt",
                    "市县动态:sxdt", "图片新闻:tpxw", "媒体关注:mtgz"), "要闻动态", "通知公告"),
            plan("信息公开", "xxgk", ColumnCategory.OPEN_GOVERNMENT, "信息公开指南:gkzn", "信息公开目录:gkml",
                    "信息公开年报:gknb", "依申请公开:ysqgk"),
            plan("数据发布", "sjfb", ColumnCategory.DATA_RELEASE, "统计数据:tjsj", "统计公报:tjgb", "数据解读:sjjd"),
            plan("数据开放", "sjkf", ColumnCategory.DATA_OPENING, "开放目录:kfml", "数据接口:sjjk"),
            plan("解读回应", "jdhy", ColumnCategory.INTERPRETATION, "政策解读:zcjd", "图解政策:tjzc", "回应关切:hygq",
                    "新闻发布会:xwfbh"),
            plan("办事服务", "bsfw", ColumnCategory.SERVICE, "个人办事:grbs", "法人办事:frbs", "服务事项目录:fwsxml",
                    "便民服务:bmfw", "办件统计:bjtj"),
            plan("互动交流", "hdjl", ColumnCategory.INTERACTION, "领导信箱:ldxx", "咨询投诉:zxts", "征集调查:zjdc",
                    "在线访谈:zxft", "我为政府网站找错:zc"),
            plan("专题专栏", "ztzl", ColumnCategory.TOPIC, "热点专题:rdzt", "往期专题:wqzt"));

    static final List<ColumnPlan> DEPARTMENT = List.of(
            plan("机构职能", "jgzn", ColumnCategory.ORGANISATION, "主要职责:zyzz", "内设机构:nsjg", "直属单位:zsdw"),
            plan("负责人信息", "fzrxx", ColumnCategory.LEADERS, "领导简介:ldjj", "领导活动:ldhd"),
            yearly(plan("政策文件", "zcwj", ColumnCategory.POLICY, "本部门文件:bbmwj", "规范性文件:gfxwj", "转发文件:zfwj"),
                    "本部门文件", "规范性文件"),
            yearly(plan("工作动态", "gzdt", ColumnCategory.NEWS, "工作动态:gzdt", "通知公告:tzgg", "基层动态:jcdt"),
                    "工作动态", "通知公告"),
            plan("信息公开", "xxgk", ColumnCategory.OPEN_GOVERNMENT, "信息公开指南:gkzn", "信息公开目录:gkml",
                    "信息公开年报:gknb"),
            plan("解读回应", "jdhy", ColumnCategory.INTERPRETATION, "政策解读:zcjd", "回应关切:hygq"),
            plan("办事服务", "bsfw", ColumnCategory.SERVICE, "办事指南:bszn", "表格下载:bgxz"),
            plan("互动交流", "hdjl", ColumnCategory.INTERACTION, "局长信箱:jzxx", "咨询投诉:zxts", "征集调查:zjdc"));

    private static ColumnPlan plan(String name, String path, ColumnCategory category, String... children) {
        return new ColumnPlan(name, path, category,
                java.util.Arrays.stream(children).map(c -> c.split(":")).toList(), List.of());
    }

    private static ColumnPlan yearly(ColumnPlan plan, String... yearlyChildren) {
        return new ColumnPlan(plan.name(), plan.path(), plan.category(), plan.children(), List.of(yearlyChildren));
    }
}
