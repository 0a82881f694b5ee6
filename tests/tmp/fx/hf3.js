const {HyperFormula} = require('hyperformula');
const hf = HyperFormula.buildFromSheets({S:[[1,'=A1:A3', '=ARRAYFORMULA(A1:A3)', '=A1:A3*1', '=TRANSPOSE(TRANSPOSE(A1:A3))','=ARRAYFORMULA(A1:A3*2)', '=TRUE()', '=IFERROR(1/0,"x")', '=1%', '=ISOWEEKNUM(45000)','=TEXTJOIN("-",TRUE(),"a","","b")','=#REF!+1', '=S!A1'],[2],[3]]}, {licenseKey:'gpl-v3', useArrayArithmetic:true});
for (let c=1;c<13;c++) { const a={sheet:0,row:0,col:c}; console.log(c, hf.getCellFormula(a), JSON.stringify(hf.getCellValue(a)), JSON.stringify(hf.getCellValue({sheet:0,row:1,col:c}))); }
const v = hf.dependencyGraph.addressMapping.getCell({sheet:0,row:0,col:4}); console.log(v.constructor.name, v.width, v.height);
