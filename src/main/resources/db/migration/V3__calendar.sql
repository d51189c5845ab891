-- Days off and worked weekend days of the reporting calendar (calendar feature, DESIGN.md §3).
-- Rows with source FILE mirror src/main/resources/calendar/holidays.csv and are rewritten at
-- every start; rows an administrator inserts get source ADMIN by default and are kept.
create table cal_holiday (
    holiday_date date         not null primary key,
    name         varchar(255) not null,
    kind         varchar(20)  not null,
    source       varchar(10)  default 'ADMIN' not null,
    constraint cal_holiday_kind check (kind in ('LE', 'NGHI_BU', 'NGHI_HOAN_DOI', 'LAM_BU')),
    constraint cal_holiday_source check (source in ('FILE', 'ADMIN'))
);
