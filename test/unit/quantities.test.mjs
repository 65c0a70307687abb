// Units and quantity parsing tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const { parseQuantity, parseUnit, intervalOf, intersects } = core;

test('quantities: comparators before and after the number, full-width digits, units', () => {
  const table = [
    [53.2, '=', 53.2, undefined],
    ['>= 60', '>=', 60, undefined],
    ['≥98%', '>=', 98, '%'],
    ['5000亿元', '=', 5000, '亿元'],
    ['≤ 4 M', '<=', 4, 'M'],
    ['60%以上', '>=', 60, '%'],
    ['超过100%', '>', 100, '%'],
    ['不超过500万元', '<=', 500, '万元'],
    ['1500亿元左右', '~', 1500, '亿元'],
    ['２０００万户以内', '<=', 2000, '万户'],
    ['-18%', '=', -18, '%', 'change'],
    ['+5百分点', '=', 5, '百分点', 'change'],
    ['1,200亿元', '=', 1200, '亿元'],
    ['~0.8', '~', 0.8, undefined],
    ['＞＝３．５', '>=', 3.5, undefined],
  ];
  for (const [raw, op, n, unit, field] of table) {
    const p = parseQuantity(raw, field);
    assert.ok(p.ok, `${raw} should parse`);
    assert.equal(p.quantity.op, op, `${raw} op`);
    assert.equal(p.quantity.number, n, `${raw} number`);
    assert.equal(p.quantity.unitText, unit, `${raw} unit`);
  }
  for (const bad of ['约若干', '', '>=', 'abc', '-18%'])
    assert.equal(parseQuantity(bad).ok, false, `${bad} must not parse`);
  const none = parseQuantity('超过60%以下').quantity;
  assert.deepEqual([none.unknown, none.words], ['', ['超过', '以下']], 'words that admit nothing together');
});

test('units: dimensions and scale prefixes', () => {
  const table = [
    ['元', 'money', 1],
    ['亿元', 'money', 1e8],
    ['万亿元', 'money', 1e12],
    ['千万元', 'money', 1e7],
    ['%', 'share', 1],
    ['％', 'share', 1],
    ['百分点', 'pp', 1],
    ['个百分点', 'pp', 1],
    ['pp', 'pp', 1],
    ['万户', 'households', 1e4],
    ['万人', 'persons', 1e4],
    ['人次', 'person-times', 1],
    ['万公里', 'length', 1e7],
    ['km', 'length', 1000],
    ['亿吨', 'mass', 1e8],
    ['万吨标准煤', 'energy-coal', 1e4],
    ['亿千瓦时', 'electricity', 1e8],
    ['万千瓦', 'power', 1e7],
    ['亿千瓦', 'power', 1e11],
    ['MW', 'power', 1e6],
    ['平方公里', 'area', 1e6],
    ['M', 'bandwidth', 1],
    ['G', 'bandwidth', 1000],
    ['Gbps', 'bandwidth', 1000],
    ['指数', 'index', 1],
    ['家', 'count', 1],
    ['个', 'count', 1],
    ['吨标准煤/万元', 'energy-coal/money', 1e-4],
    ['元/千瓦时', 'money/electricity', 1],
    ['部/百人', 'phones/persons', 0.01],
    // Revision 3's new rows.
    ['亿美元', 'money-usd', 1e8],
    ['欧元', 'money-eur', 1],
    ['港元', 'money-hkd', 1],
    ['‰', 'share', 0.1],
    ['岁', 'age', 1],
    ['年', 'years', 1],
    ['个月', 'years', 1 / 12],
    ['天', 'days', 1],
    ['周', 'days', 7],
    ['小时', 'days', 1 / 24],
    ['分钟', 'days', 1 / 1440],
    ['工作日', 'workdays', 1],
    ['个工作日', 'workdays', 1],
    ['床', 'count', 1],
    ['批', 'count', 1],
    ['位', 'persons', 1],
    ['兆', 'bandwidth', 1],
    ['千兆', 'bandwidth', 1000],
    ['万兆', 'bandwidth', 1e4],
    ['万吨/年', 'mass/years', 1e4],
    ['兆瓦', 'power', 1e6],
  ];
  for (const [u, dim, factor] of table) {
    const p = parseUnit(u);
    assert.ok(p, `${u} should parse`);
    assert.equal(p.dim, dim, `${u} dim`);
    assert.ok(Math.abs(p.factor - factor) <= 1e-12 * factor, `${u} factor ${p.factor} != ${factor}`);
  }
  for (const bad of ['亿圆', 'foo', '/元', '元/']) assert.equal(parseUnit(bad), undefined, `${bad} must not parse`);
  assert.deepEqual(
    { ...parseUnit('万') },
    { text: '万', dim: 'count', factor: 1e4, prefix: 1e4 },
    'a scale word alone as a unit counts at that scale',
  );
  assert.notEqual(parseUnit('户').dim, parseUnit('人').dim, 'households and persons are different dimensions');
  assert.equal(parseUnit('750亿元'.slice(3)).factor * 750, parseUnit('万元').factor * 7500000, '750亿元 = 7500000万元');
});

test('intervals: what comparators admit', () => {
  assert.equal(intersects(intervalOf('=', 68), intervalOf('>=', 72)), false);
  assert.equal(intersects(intervalOf('>=', 2000), intervalOf('=', 2000)), true);
  assert.equal(intersects(intervalOf('>', 2000), intervalOf('=', 2000)), false);
  assert.equal(intersects(intervalOf('~', 100), intervalOf('=', 104)), true);
  assert.equal(intersects(intervalOf('~', 100), intervalOf('=', 106)), false);
  assert.equal(intersects(intervalOf('<', 5), intervalOf('>', 5)), false);
});
