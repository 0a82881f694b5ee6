const {HyperFormula} = require('hyperformula');
const names = HyperFormula.getRegisteredFunctionNames('enGB');
for (const f of ['LET','TEXTJOIN','IFS','XLOOKUP','SWITCH','MAXIFS','MINIFS','SEQUENCE','FILTER','SORT','UNIQUE','EDATE','EOMONTH','WEEKDAY','ISOWEEKNUM','ARRAYFORMULA','CONCAT','XMATCH','SUMIFS','COUNTIFS','AVERAGEIFS','IFERROR','IFNA','TEXT','ROUND','INDEX','MATCH','VLOOKUP','NETWORKDAYS','WORKDAY','DATEDIF','TODAY','CHOOSE','LAMBDA','TAKE','DROP','VSTACK','HSTACK','RANDARRAY','SORTBY','TRANSPOSE','CONCATENATE','AND','OR','XOR','DAYS','YEARFRAC','PERCENTILE','MEDIAN','STDEV','TRIM','LEFT','SUBSTITUTE','VALUE','NUMBERVALUE','HYPERLINK','ISBLANK','COUNTBLANK','SUMPRODUCT','AVERAGEA'])
  console.log(f, names.includes(f));
const hf = HyperFormula.buildFromSheets({S:[['=SUM(', '=SUM(1;2)', '=Nope(1)', '=foo', '=SEQUENCE(3)', '=1+', '=Import log!A1', "='My x'!A1", '=FILTER(A1:A3,A1:A3>1)', '=ARRAYFORMULA(A1:A3*2)']]}, {licenseKey:'gpl-v3', useArrayArithmetic:true});
for (let c=0;c<10;c++) console.log(c, hf.getCellFormula({sheet:0,row:0,col:c}), JSON.stringify(hf.getCellValue({sheet:0,row:0,col:c})));
