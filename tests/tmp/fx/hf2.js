const {HyperFormula} = require('hyperformula');
const names = HyperFormula.getRegisteredFunctionNames('enGB');
console.log(names.filter(n=>/IFS|AVERAGE|CONCAT|MATCH|LOOKUP/.test(n)).join(' '));
const hf = HyperFormula.buildFromSheets({S:[['=SEQUENCE(3)', 'x', '=SEQUENCE(2,2)', null, '=TEXTJOIN(", ",TRUE,"a","","b")','=IFS(1>2,"a",TRUE,"b")','=XLOOKUP(2,{1,2,3},{"a","b","c"})','=MAXIFS({1,5,3},{1,2,1},1)','=SWITCH(2,1,"a",2,"b")','=#REF!', '=SUM(A1:A3)','=A1:A3','=EOMONTH(45000,1)','=IFS(FALSE,1)','=XLOOKUP(9,{1,2,3},{"a","b","c"})'],[null,null,null,'blk'],[]]}, {licenseKey:'gpl-v3', useArrayArithmetic:true});
for (let r=0;r<3;r++) for (let c=0;c<15;c++) { const a={sheet:0,row:r,col:c}; const v=hf.getCellValue(a); if (v!==null) console.log(r,c, hf.getCellFormula(a), JSON.stringify(v), hf.isCellPartOfArray(a), hf.getCellType(a)); }
